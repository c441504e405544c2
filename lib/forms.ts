import { z } from "zod";

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

// Text fields shared by every form. Zod messages are catalogue keys under errors.field.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Control characters are never part of what someone typed on one line (nor of a path or a name). */
export function hasControlCharacters(s: string): boolean {
  return CONTROL.test(s);
}
// Multi-line text may keep line breaks and tabs, nothing else invisible.
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const requiredLine = (max: number) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: "too_long" })
    .refine((s) => !hasControlCharacters(s), { error: "invalid_characters" });

export const optionalLine = (max: number) =>
  z
    .string({ error: "invalid" })
    .trim()
    .max(max, { error: "too_long" })
    .refine((s) => !hasControlCharacters(s), { error: "invalid_characters" })
    .default("");

export const optionalText = (max: number) =>
  z
    .string({ error: "invalid" })
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .max(max, { error: "too_long" })
        .refine((s) => !CONTROL_EXCEPT_LINES.test(s), { error: "invalid_characters" }),
    )
    .default("");

/** A text someone must write over several lines (a cancellation reason, a dispute, a thank-you). */
export const requiredText = (max: number) =>
  z
    .string({ error: "required" })
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(1, { error: "required" })
        .max(max, { error: "too_long" })
        .refine((s) => !CONTROL_EXCEPT_LINES.test(s), { error: "invalid_characters" }),
    );

/** A ticked checkbox arrives as "on"; an unticked one does not arrive at all. */
export const checkbox = z
  .enum(["on"], { error: "invalid" })
  .optional()
  .transform((v) => v === "on");

/** The schema of a form with no fields (a button that acts on the caller's own things). */
export const emptySchema = z.object({});
