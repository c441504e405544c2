import type { Rulebook } from "./rulebook";

export const EXPENSE_KINDS = ["meal", "transport", "other"] as const;
export type ExpenseKind = (typeof EXPENSE_KINDS)[number];
export type Expense = { kind: ExpenseKind; label: string; yen: number };

/** Shared with the UI so a form rejects what computeThanks would reject. */
export const expenseLimits = { maxItemYen: 50_000, maxItems: 20, maxLabelLength: 60 } as const;
export const careLimits = { maxChildren: 10, maxMinutes: 24 * 60 } as const;

export type ThanksFacts = {
  /** The times both confirmed at completion, not the times requested. Seconds are ignored. */
  start: Date;
  end: Date;
  children: number;
  helperCertifiedOrganiser: boolean;
  helperQualified: boolean;
  /** 「気持ちだけでOK」 */
  waived: boolean;
  parentSingleParentVerified: boolean;
  expenses: readonly Expense[];
  /** Extra conditions a rulebook's supplement may name, e.g. "sick_child". */
  conditions?: readonly string[];
  /** Tokyo dates ('YYYY-MM-DD') that count as public holidays. */
  holidays?: readonly string[];
};

export type ThanksFactsError =
  | "invalid_time"
  | "end_not_after_start"
  | "care_too_long"
  | "children_out_of_range"
  | "waiver_not_allowed"
  | "too_many_expenses"
  | "expense_kind_invalid"
  | "expense_label_invalid"
  | "expense_not_whole_yen"
  | "expense_negative"
  | "expense_too_large";

export type FactsProblem = { error: ThanksFactsError; expenseIndex?: number };

const MINUTE_MS = 60_000;

/** Whole minutes between the confirmed times, each truncated to its minute. */
export function actualMinutes(start: Date, end: Date): number {
  return Math.floor(end.getTime() / MINUTE_MS) - Math.floor(start.getTime() / MINUTE_MS);
}

export function checkThanksFacts(rulebook: Rulebook, facts: ThanksFacts): FactsProblem | null {
  if (Number.isNaN(facts.start.getTime()) || Number.isNaN(facts.end.getTime())) return { error: "invalid_time" };
  const minutes = actualMinutes(facts.start, facts.end);
  if (minutes <= 0) return { error: "end_not_after_start" };
  if (minutes > careLimits.maxMinutes) return { error: "care_too_long" };
  if (!Number.isInteger(facts.children) || facts.children < 1 || facts.children > careLimits.maxChildren) {
    return { error: "children_out_of_range" };
  }
  if (facts.waived && !rulebook.waiverAllowed) return { error: "waiver_not_allowed" };
  if (facts.expenses.length > expenseLimits.maxItems) return { error: "too_many_expenses" };
  for (const [index, expense] of facts.expenses.entries()) {
    const error = checkExpense(expense);
    if (error) return { error, expenseIndex: index };
  }
  return null;
}

function checkExpense(expense: Expense): ThanksFactsError | null {
  if (!(EXPENSE_KINDS as readonly string[]).includes(expense.kind)) return "expense_kind_invalid";
  const label = expense.label.trim();
  if (label.length === 0 || label.length > expenseLimits.maxLabelLength) return "expense_label_invalid";
  if (!Number.isInteger(expense.yen)) return "expense_not_whole_yen";
  if (expense.yen < 0) return "expense_negative";
  if (expense.yen > expenseLimits.maxItemYen) return "expense_too_large";
  return null;
}
