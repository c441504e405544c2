// After deletion, any text still naming the member (a notification sent to someone else, an incident's
// frozen care record, a message) has the member's strings cut out. Pure: db/queries/privacy.ts finds the rows.

/** What replaces a scrubbed string inside a longer text. */
export const SCRUBBED = "＊＊＊";

/** The strings to cut: names, e-mail, phone, children's names and birth dates; too short to be safe to search for: left out. */
export function needlesOf(values: readonly (string | null | undefined)[]): string[] {
  const unique = new Set(values.map((v) => v?.trim() ?? "").filter((v) => v.length >= 2));
  // Longest first, so that a name that contains another is cut whole.
  return [...unique].sort((a, b) => b.length - a.length);
}

export function scrubText(text: string, needles: readonly string[]): string {
  return needles.reduce((t, n) => t.split(n).join(SCRUBBED), text);
}

/** Every string inside a JSON value scrubbed; the shape is kept. */
export function scrubJson(value: unknown, needles: readonly string[]): unknown {
  if (typeof value === "string") return scrubText(value, needles);
  if (Array.isArray(value)) return value.map((v) => scrubJson(v, needles));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubJson(v, needles)]));
  return value;
}

export function containsAny(text: string, needles: readonly string[]): boolean {
  return needles.some((n) => text.includes(n));
}
