import { type CareChild, type ChildProblem, childProblemOn } from "@/lib/care/post/children";
import { type AccountStatus, buildInsuranceSnapshot, DEFAULT_ADULT_AGE, type InsuranceSnapshot } from "@/lib/insurance";
import type { IsoDate } from "@/lib/time/dates";
import { tokyoDate } from "@/lib/time/tokyo";
import { insuranceFactsAtMatch } from "../choose/insurance-facts";

type Window = { start: Date; end: Date };

/** Whether a change moves the care to another (Tokyo) day: only then can an age, or the insurance, differ. */
export function movesDate(current: Window, proposed: Window): boolean {
  return tokyoDate(current.start) !== tokyoDate(proposed.start);
}

export type NewDayFacts = {
  proposed: Window;
  /** When the change is proposed or agreed: always before the new start (checkTimeChange). */
  agreedAt: Date;
  parent: { status: AccountStatus; birthDate: IsoDate };
  helper: { status: AccountStatus; birthDate: IsoDate };
  children: readonly CareChild[];
  connected: boolean;
  /** The adult age the care was matched under (its snapshot), so a change never applies another rule. */
  adultAge: number | undefined;
};

/**
 * A care moved to another day, decided again on that day's facts. A child under 1 or 13 or older
 * on the new day is refused as posting refuses them (care is for ages 1 to 12); otherwise the new
 * day's insurance decision, with its snapshot, to show before both agree and to keep once agreed.
 */
export function decideNewDay(f: NewDayFacts): { ok: false; problem: ChildProblem } | { ok: true; snapshot: InsuranceSnapshot } {
  const problem = childProblemOn(f.children, f.proposed.start);
  if (problem) return { ok: false, problem };
  const facts = insuranceFactsAtMatch({
    matchedAt: f.agreedAt,
    request: { startAt: f.proposed.start, endAt: f.proposed.end },
    parent: f.parent,
    helper: f.helper,
    children: f.children,
    connected: f.connected,
    adultAge: f.adultAge ?? DEFAULT_ADULT_AGE,
  });
  return { ok: true, snapshot: buildInsuranceSnapshot(facts) };
}
