export { computeThanks } from "./compute";
export type {
  ExpenseLine,
  RateLine,
  RateLineKind,
  ThanksBreakdown,
  ThanksLine,
  ThanksResult,
  WaiverLine,
} from "./compute";
export { careLimits, EXPENSE_KINDS, expenseLimits } from "./facts";
export type { Expense, ExpenseKind, ThanksFacts, ThanksFactsError } from "./facts";
export { computeCancellationCharge, isLateCancellation, LATE_CANCELLATION_HOURS } from "./cancellation";
export type { CancellationCharge, CancellationFacts, CancellationResult } from "./cancellation";
export { DEFAULT_RULEBOOK, FAMISAPO_EXAMPLE_RULEBOOK, parseRulebook, RULEBOOK_DAYS, rulebookSchema } from "./rulebook";
export type { CancellationTier, ParseRulebookResult, Rulebook, RulebookDay, RulebookIssue, Surcharge } from "./rulebook";
