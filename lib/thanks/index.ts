export type { CancellationCharge } from "./cancellation";
export { computeCancellationCharge, isLateCancellation } from "./cancellation";
export type { ThanksBreakdown, ThanksLine, ThanksResult } from "./compute";
export { computeThanks } from "./compute";
export type { Expense, ThanksFacts } from "./facts";
export { careLimits, EXPENSE_KINDS, expenseLimits } from "./facts";
export type { Rulebook } from "./rulebook";
export { DEFAULT_RULEBOOK, FAMISAPO_EXAMPLE_RULEBOOK, parseRulebook } from "./rulebook";
