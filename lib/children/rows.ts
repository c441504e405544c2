import { z } from "zod";

// Repeatable rows arrive flat from the form: "contacts.0.name", "contacts.0.phone", "contacts.1.name"…
// Row indices are kept as typed so that an error names the row the parent sees; a row left
// wholly blank (the form offers one empty row) becomes null and is dropped after validation.
const MAX_INDEX_DIGITS = 2;

function isBlank(row: Record<string, unknown>): boolean {
  return Object.values(row).every((v) => typeof v === "string" && v.trim() === "");
}

/** The rows under `prefix` in index order, blank or missing ones as null. */
export function gatherRows(form: Record<string, unknown>, prefix: string): (Record<string, unknown> | null)[] {
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,${MAX_INDEX_DIGITS}})\\.(\\w+)$`);
  const rows: (Record<string, unknown> | null)[] = [];
  for (const [key, value] of Object.entries(form)) {
    const match = pattern.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const row = rows[index] ?? {};
    row[match[2]!] = value;
    rows[index] = row;
  }
  return Array.from(rows, (row) => (row && !isBlank(row) ? row : null));
}

/** An array of rows: at most `max` filled ones, blank ones removed. */
export function rowList<T extends z.ZodType>(row: T, max: number) {
  return z
    .array(row.nullable())
    .refine((rows) => rows.filter((r) => r !== null).length <= max, { error: "child_rows_max", params: { max } })
    .transform((rows) => rows.filter((r): r is NonNullable<typeof r> => r !== null));
}

/**
 * The form's errors are keyed by the first element of an issue's path (lib/forms.ts); joining the
 * path ("contacts.1.phone") gives each row's field its own error.
 */
export function withFlatPaths<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((value, ctx): z.output<T> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [issue.path.join(".")] } as never);
    return z.NEVER;
  });
}
