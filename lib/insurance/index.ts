export type { ChildAgeProblem } from "./child-age";
export { childAgeProblem } from "./child-age";
export type { AgreedChange, CoveredWindow } from "./covered-window";
export { agreedWindowOf, extensionInsured, insuredWindow, uncoveredFrom } from "./covered-window";
export type { AccountStatus, Adult, InsuranceDecision, InsuranceFacts, InsuredChild } from "./decide";
export { DEFAULT_ADULT_AGE, decideInsurance } from "./decide";
export type { InsuranceSnapshot } from "./snapshot";
export { buildInsuranceSnapshot, recordChangeDecision } from "./snapshot";
