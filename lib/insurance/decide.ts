import { tokyoDate } from "@/lib/time/tokyo";
import { ageOnDate, type IsoDate } from "../time/dates";
import { type ChildAgeProblem, childAgeProblem } from "./child-age";

/** Japan's age of majority; older policies said 20. */
export const DEFAULT_ADULT_AGE = 18;

// "left": the account was deleted (lib/privacy); like a suspension, it is not in good standing.
export type AccountStatus = "active" | "suspended" | "left";
export type Adult = { status: AccountStatus; birthDate: IsoDate };
export type InsuredChild = { id: string; birthDate: IsoDate };

export type InsuranceFacts = {
  matchedAt: Date;
  careStart: Date;
  careEnd: Date;
  areConnectedAtMatch: boolean;
  parent: Adult;
  helper: Adult;
  children: readonly InsuredChild[];
  /** Defaults to DEFAULT_ADULT_AGE. */
  adultAge?: number;
};

/** Stable codes, in the order they are checked; the UI translates them. */
export const INSURANCE_REASONS = [
  "invalid_care_window",
  "not_agreed_before_start",
  "not_connected",
  "parent_suspended",
  "helper_suspended",
  "parent_under_age",
  "helper_under_age",
  "no_children",
  "child_too_young",
  "child_too_old",
] as const;
export type InsuranceReason = (typeof INSURANCE_REASONS)[number];

export type ChildReason = { childId: string; reason: ChildAgeProblem; ageYears: number };

export type InsuranceDecision = {
  insured: boolean;
  /** Each code at most once, in INSURANCE_REASONS order. */
  reasons: InsuranceReason[];
  /** Which child each child_* reason is about. */
  childReasons: ChildReason[];
};

/** The care's day is its start's calendar date in Asia/Tokyo; ages are taken on that day. */
export function careDateOf(facts: Pick<InsuranceFacts, "careStart">): IsoDate {
  return tokyoDate(facts.careStart);
}

export function adultAgeOf(facts: Pick<InsuranceFacts, "adultAge">): number {
  const adultAge = facts.adultAge ?? DEFAULT_ADULT_AGE;
  if (!Number.isInteger(adultAge) || adultAge < 0 || adultAge > 150) {
    throw new RangeError(`adultAge must be a whole number of years: ${adultAge}`);
  }
  return adultAge;
}

export function decideInsurance(facts: InsuranceFacts): InsuranceDecision {
  const careDate = careDateOf(facts);
  const adultAge = adultAgeOf(facts);
  const found = new Set<InsuranceReason>();
  if (facts.careEnd.getTime() <= facts.careStart.getTime()) found.add("invalid_care_window");
  // "Before it started": a match at the very start time is too late.
  if (!(facts.matchedAt.getTime() < facts.careStart.getTime())) found.add("not_agreed_before_start");
  if (!facts.areConnectedAtMatch) found.add("not_connected");
  if (facts.parent.status !== "active") found.add("parent_suspended");
  if (facts.helper.status !== "active") found.add("helper_suspended");
  if (ageOnDate(facts.parent.birthDate, careDate) < adultAge) found.add("parent_under_age");
  if (ageOnDate(facts.helper.birthDate, careDate) < adultAge) found.add("helper_under_age");
  if (facts.children.length === 0) found.add("no_children");

  const childReasons: ChildReason[] = [];
  for (const child of facts.children) {
    const reason = childAgeProblem(child.birthDate, careDate);
    if (!reason) continue;
    found.add(reason);
    childReasons.push({ childId: child.id, reason, ageYears: ageOnDate(child.birthDate, careDate) });
  }

  const reasons = INSURANCE_REASONS.filter((r) => found.has(r));
  return { insured: reasons.length === 0, reasons, childReasons };
}
