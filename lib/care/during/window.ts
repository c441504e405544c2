import { type CareState, isMatchedOrLater, type Role } from "../states";
import { careDetailsVisible } from "../visibility";

const HOUR = 60 * 60 * 1000;
/** An injury "needing 30 days of treatment" is often only known days later, so reports stay open a while. */
export const INCIDENT_REPORT_DAYS_AFTER_END = 30;
/** The hand-over happens around the start; an incident at the door an hour early still belongs to this care. */
export const INCIDENT_EARLIEST_BEFORE_START_MS = HOUR;
/** Clocks on phones drift; a time a few minutes ahead is not "in the future". */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

type Window = { role: Role; state: CareState; start: Date; end: Date; now: Date };

/** Only the helper logs nap checks, and only while the care is under way (the agreed window). */
export function napLogAllowed({ role, state, start, end, now }: Window): boolean {
  return role === "helper" && state === "matched" && now >= start && now < end;
}

/** Either adult of a care that took place may report, from the hand-over until 30 days after the end. */
export function incidentReportAllowed({ role, state, start, end, now }: Window): boolean {
  if (role !== "parent" && role !== "helper") return false;
  if (!isMatchedOrLater(state)) return false;
  const opens = start.getTime() - INCIDENT_EARLIEST_BEFORE_START_MS;
  const closes = end.getTime() + INCIDENT_REPORT_DAYS_AFTER_END * 24 * HOUR;
  return now.getTime() >= opens && now.getTime() < closes;
}

/**
 * What the safety section of a care shows its parent or helper now. The parent's preview of the
 * care details follows the helper's window, so both see the way to them at the same times.
 */
export function duringPanels(w: Window): { detailsOpen: boolean; napsOpen: boolean; canReport: boolean } {
  return {
    detailsOpen: careDetailsVisible("helper", w.state, w.end, w.now),
    napsOpen: napLogAllowed(w),
    canReport: incidentReportAllowed(w),
  };
}

export type IncidentTimeProblem = "incident_before_care" | "incident_in_future";

/** When an incident may have happened: not before the hand-over, not later than now. */
export function incidentTimeProblem(occurredAt: Date, { start, now }: { start: Date; now: Date }): IncidentTimeProblem | null {
  if (occurredAt.getTime() < start.getTime() - INCIDENT_EARLIEST_BEFORE_START_MS) return "incident_before_care";
  if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) return "incident_in_future";
  return null;
}
