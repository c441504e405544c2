import { ageOnDate, type IsoDate } from "../time/dates";
import { type Adult, adultAgeOf, careDateOf, decideInsurance, type InsuranceDecision, type InsuranceFacts } from "./decide";

/** Bump when decideInsurance changes, so an old snapshot says which rules it was decided under. */
export const INSURANCE_RULE_VERSION = "insurance-2026.1";
/** Per accident, for care (meetup venues: 100,000,000 yen, not decided here). */
export const CARE_LIABILITY_LIMIT_YEN = 50_000_000;

type AdultRecord = Adult & { ageYears: number };

/** Plain JSON: dates as ISO strings, nothing that needs a class to read back. */
export type InsuranceSnapshot = {
  ruleVersion: string;
  liabilityLimitYen: number;
  careDate: IsoDate;
  adultAge: number;
  matchedAt: string;
  careStart: string;
  careEnd: string;
  areConnectedAtMatch: boolean;
  parent: AdultRecord;
  helper: AdultRecord;
  children: { id: string; birthDate: IsoDate; ageYears: number }[];
  decision: InsuranceDecision;
  /**
   * Each agreed change that moved the care to another day, with insurance decided again on the
   * facts of that day (the decision at matching above is never rewritten), oldest first.
   */
  afterChanges?: ChangeDecision[];
};

export type ChangeDecision = { changeId: string; agreedAt: string; snapshot: InsuranceSnapshot };

/**
 * What the decision was based on, kept with the care so a claim can be
 * answered from the record after profiles have changed.
 */
export function buildInsuranceSnapshot(facts: InsuranceFacts): InsuranceSnapshot {
  const careDate = careDateOf(facts);
  const ageOn = (birthDate: IsoDate) => ageOnDate(birthDate, careDate);
  const adult = (a: Adult): AdultRecord => ({ status: a.status, birthDate: a.birthDate, ageYears: ageOn(a.birthDate) });
  return {
    ruleVersion: INSURANCE_RULE_VERSION,
    liabilityLimitYen: CARE_LIABILITY_LIMIT_YEN,
    careDate,
    adultAge: adultAgeOf(facts),
    matchedAt: facts.matchedAt.toISOString(),
    careStart: facts.careStart.toISOString(),
    careEnd: facts.careEnd.toISOString(),
    areConnectedAtMatch: facts.areConnectedAtMatch,
    parent: adult(facts.parent),
    helper: adult(facts.helper),
    children: facts.children.map((c) => ({ id: c.id, birthDate: c.birthDate, ageYears: ageOn(c.birthDate) })),
    decision: decideInsurance(facts),
  };
}

/**
 * The care's snapshot once a change to another day is agreed: the original decision stays as it
 * was, and the new day's decision is added after it. The latest decision is the one in force.
 */
export function recordChangeDecision(original: InsuranceSnapshot | null, change: ChangeDecision): InsuranceSnapshot {
  if (!original) return { ...change.snapshot, afterChanges: [change] };
  return { ...original, afterChanges: [...(original.afterChanges ?? []), change] };
}
