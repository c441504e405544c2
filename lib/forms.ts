import type { z } from "zod";

/** FormData as a plain object: repeated keys become arrays, "name[]" keys are always arrays. */
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).map((v) => (typeof v === "string" ? v : v.name));
    if (key.endsWith("[]")) out[key.slice(0, -2)] = values;
    else out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The first problem of each field, translated from the "errors.field" catalogue. */
export function fieldErrorsOf(error: z.ZodError, t: Translate, has: (key: string) => boolean) {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (out[field]) continue;
    const values: Record<string, string | number> = {};
    if ("maximum" in issue) values.max = Number(issue.maximum);
    if ("minimum" in issue) values.min = Number(issue.minimum);
    if ("params" in issue && issue.params) Object.assign(values, issue.params);
    const key = `field.${issue.message}`;
    out[field] = has(key) ? t(key, values) : t("field.invalid");
  }
  return out;
}
