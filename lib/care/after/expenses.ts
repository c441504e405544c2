import { z } from "zod";
import { requiredLine } from "@/lib/forms";
import { EXPENSE_KINDS, type Expense, expenseLimits } from "@/lib/thanks";

/**
 * People type amounts as they would write them: full-width digits from a Japanese keyboard,
 * thousands separators, a trailing 円. Anything else is refused, never guessed at.
 */
export function normaliseYen(raw: string): string {
  return raw.normalize("NFKC").replace(/[,\s]/g, "").replace(/円$/, "").replace(/^¥/, "");
}

const yen = z
  .string({ error: "required" })
  .transform(normaliseYen)
  .superRefine((s, ctx) => {
    const fail = (message: string, params?: Record<string, number>) => ctx.addIssue({ code: "custom", message, params });
    if (s === "") return fail("required");
    if (/^[-−‐ー]/.test(s)) return fail("after_expense_negative");
    if (!/^\d{1,9}$/.test(s)) return fail("after_expense_whole_yen");
    if (Number(s) > expenseLimits.maxItemYen) fail("after_expense_too_large", { max: expenseLimits.maxItemYen });
  })
  .transform(Number);

export const expenseRow = z.object({
  kind: z.enum(EXPENSE_KINDS, { error: "choose_one" }),
  label: requiredLine(expenseLimits.maxLabelLength),
  yen,
});

/** The itemised expenses of a report: at most expenseLimits.maxItems rows. */
export const expenseRows = z
  .array(expenseRow.nullable())
  .transform((rows) => rows.filter((r): r is Expense => r !== null))
  .refine((rows) => rows.length <= expenseLimits.maxItems, {
    error: "after_expense_rows_max",
    params: { max: expenseLimits.maxItems },
  });
