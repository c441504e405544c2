export { CHILD_AGE_LIMIT, CHILD_MIN_AGE, childAgeAllowed, childAgeProblem } from "./child-age";
export type { ChildAgeProblem } from "./child-age";
export { careDateOf, decideInsurance, DEFAULT_ADULT_AGE, INSURANCE_REASONS } from "./decide";
export type {
  AccountStatus,
  Adult,
  ChildReason,
  InsuranceDecision,
  InsuranceFacts,
  InsuranceReason,
  InsuredChild,
} from "./decide";
export { buildInsuranceSnapshot, CARE_LIABILITY_LIMIT_YEN, INSURANCE_RULE_VERSION } from "./snapshot";
export type { InsuranceSnapshot } from "./snapshot";
export { coveredWindow } from "./covered-window";
export type { CareExtension, CoveredWindow } from "./covered-window";
