import { SURVEY_OUTCOMES, type SurveyOutcome } from "@/lib/care/after/limits";
import { DONE_STATES } from "@/lib/care/states";
import { ageOnDate } from "@/lib/time/dates";
import { tokyoDate, tokyoMinute } from "@/lib/time/tokyo";
import type { ConnectionFact, MeetupFact, MemberFact, MemberJoins, RequestFact } from "./facts";
import { type Part, part } from "./parts";
import type { Cell } from "./suppress";

// One definition of each figure of DOMAIN.md's "Municipality statistics" table. A figure that sums
// over months returns a Part (lib/stats/parts.ts: the value and the members behind it, for
// suppression); a figure taken at an instant (members, active members) returns a Cell.
// A request counts in the month (Tokyo) its care was for.

const cell = (value: number, ids: Iterable<string>): Cell => ({ value, members: new Set(ids).size });

/** In [from, to). */
export const within = (at: Date, from: Date, to: Date) => at.getTime() >= from.getTime() && at.getTime() < to.getTime();

/** The outcomes repeat parents report in the survey (one list, the survey form's). */
export const OUTCOME_KEYS = SURVEY_OUTCOMES;

/** Why a request counts in the solved rate, if it does: solved, or unsolved in one of two ways. */
export function solvedRateClass(
  r: Pick<RequestFact, "matched" | "state" | "hadOffer">,
): "matched" | "expired" | "withdrawn_after_offer" | null {
  if (r.matched) return "matched";
  if (r.state === "expired") return "expired";
  if (r.state === "withdrawn" && r.hadOffer) return "withdrawn_after_offer";
  return null;
}

export function requestsPosted(rs: readonly RequestFact[]): Part {
  return part(
    rs.length,
    rs.map((r) => r.parentId),
  );
}

/** matched ÷ (matched + expired + withdrawn after an OK was offered). */
export function solvedRate(rs: readonly RequestFact[]): Part {
  const counted = rs.filter((r) => solvedRateClass(r) !== null);
  return part(
    counted.filter((r) => solvedRateClass(r) === "matched").length,
    counted.map((r) => r.parentId),
    counted.length,
  );
}

const done = (r: RequestFact) => (DONE_STATES as readonly string[]).includes(r.state) && r.actualMinutes !== null;
const sum = (rs: readonly RequestFact[], of: (r: RequestFact) => number | null) => rs.reduce((s, r) => s + (of(r) ?? 0), 0);
/** The members on both sides of each care, for suppression. */
const bothSides = (rs: readonly RequestFact[]) => rs.flatMap((r) => [r.parentId, r.helperId ?? r.parentId]);

/** Minutes of completed care (confirmed at completion); shown as hours. */
export function careMinutes(rs: readonly RequestFact[]): Part {
  const cares = rs.filter(done);
  return part(
    sum(cares, (r) => r.actualMinutes),
    bothSides(cares),
  );
}

/** Completed cares (confirmed at completion). */
export function completedCares(rs: readonly RequestFact[]): Part {
  const cares = rs.filter(done);
  return part(cares.length, bothSides(cares));
}

/** Yen paid as thank-you (settled cares). */
export function thanksTotal(rs: readonly RequestFact[]): Part {
  const paid = rs.filter((r) => r.settled);
  return part(
    sum(paid, (r) => r.thanksYen),
    bothSides(paid),
  );
}

/** Yen paid for expenses (settled cares), apart from the thank-you. */
export function expensesTotal(rs: readonly RequestFact[]): Part {
  const paid = rs.filter((r) => r.settled);
  return part(
    sum(paid, (r) => r.expensesYen),
    bothSides(paid),
  );
}

/** Whether a request's survey counts in the satisfaction figure, and whether it is a "yes". */
export function satisfactionAnswer(r: Pick<RequestFact, "survey">): "yes" | "no" | null {
  if (!r.survey?.firstTime || r.survey.wouldUseAgain === null) return null;
  return r.survey.wouldUseAgain ? "yes" : "no";
}

/** Share of first-time parents who answered "would use again". */
export function satisfaction(rs: readonly RequestFact[]): Part {
  const answered = rs.filter((r) => satisfactionAnswer(r) !== null);
  return part(
    answered.filter((r) => satisfactionAnswer(r) === "yes").length,
    answered.map((r) => r.parentId),
    answered.length,
  );
}

/** Share of repeat parents' surveys reporting the outcome. */
export function outcomeShare(rs: readonly RequestFact[], outcome: SurveyOutcome): Part {
  const answered = rs.filter((r) => r.survey && !r.survey.firstTime);
  return part(
    answered.filter((r) => r.survey!.outcomes.includes(outcome)).length,
    answered.map((r) => r.parentId),
    answered.length,
  );
}

/** Unmet demand: expired requests. */
export function unmetDemand(rs: readonly RequestFact[]): Part {
  const expired = rs.filter((r) => r.state === "expired");
  return part(
    expired.length,
    expired.map((r) => r.parentId),
  );
}

export const CAPABILITY_KEYS = ["parent", "supporter", "organiser"] as const;

/** Members registered by the end of `month`, optionally with a capability. */
export function membersAt(joins: readonly MemberJoins[], month: string, capability?: string): Cell {
  const n = joins.filter((j) => j.month <= month && (!capability || j.capabilities.includes(capability))).reduce((s, j) => s + j.count, 0);
  // Each member is one person: the count is its own number of members.
  return { value: n, members: n };
}

export const ACTIVE_DAYS = 90;

/** Members who posted, answered or attended a meetup in the 90 days before `at`. */
export function activeMembersAt(ms: readonly MemberFact[], at: Date): Cell {
  const from = new Date(at.getTime() - ACTIVE_DAYS * 86_400_000);
  const them = ms.filter((m) => m.joinedAt.getTime() < at.getTime() && m.activeAt.some((a) => within(a, from, at)));
  return cell(
    them.length,
    them.map((m) => m.userId),
  );
}

export function connectionsFormed(cs: readonly ConnectionFact[], provenance?: ConnectionFact["provenance"]): Part {
  const them = cs.filter((c) => !provenance || c.provenance === provenance);
  return part(
    them.length,
    them.flatMap((c) => [c.userA, c.userB]),
  );
}

export function meetupsHeld(ms: readonly MeetupFact[]): Part {
  return part(
    ms.length,
    ms.flatMap((m) => [m.organiserId, ...m.attendeeIds]),
  );
}
export function meetupAttendees(ms: readonly MeetupFact[]): Part {
  return part(
    ms.reduce((s, m) => s + m.attendeeIds.length, 0),
    ms.flatMap((m) => m.attendeeIds),
  );
}
export function meetupConnections(ms: readonly MeetupFact[]): Part {
  return part(
    ms.reduce((s, m) => s + m.connectionsFormed, 0),
    ms.flatMap((m) => m.attendeeIds),
  );
}

// Breakdowns.

export const AGE_BANDS = ["1-2", "3-5", "6-8", "9-12"] as const;
export type AgeBand = (typeof AGE_BANDS)[number] | "unknown";
export function ageBand(r: RequestFact): AgeBand {
  if (!r.youngestBirthDate) return "unknown";
  const age = ageOnDate(r.youngestBirthDate, tokyoDate(r.startAt));
  if (age <= 2) return "1-2";
  if (age <= 5) return "3-5";
  if (age <= 8) return "6-8";
  return "9-12";
}

/** Time of day of the start, in Tokyo. */
export const TIME_BANDS = ["early", "morning", "afternoon", "evening", "night"] as const;
export type TimeBand = (typeof TIME_BANDS)[number];
export function timeBand(at: Date): TimeBand {
  const h = Math.floor((tokyoMinute(at) % (24 * 60)) / 60);
  if (h < 7) return "early";
  if (h < 12) return "morning";
  if (h < 17) return "afternoon";
  if (h < 21) return "evening";
  return "night";
}
