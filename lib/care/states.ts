export const CARE_STATES = [
  "open",
  "offered", // open with offers
  "matched",
  "expired",
  "withdrawn",
  "cancelled",
  "awaiting_report",
  "reported",
  "disputed",
  "completed",
  "settled",
] as const;
export type CareState = (typeof CARE_STATES)[number];

export const TERMINAL_STATES: ReadonlySet<CareState> = new Set(["expired", "withdrawn", "cancelled", "settled"]);

/** Still asking: posted, nobody chosen yet (with or without offers). */
export const OPEN_STATES = ["open", "offered"] as const satisfies readonly CareState[];
/** A helper was chosen and the care did not fall through: matched and everything after it. */
export const MATCHED_OR_LATER = [
  "matched",
  "awaiting_report",
  "reported",
  "disputed",
  "completed",
  "settled",
] as const satisfies readonly CareState[];

/** The care happened and its report was confirmed (the thank-you may still be unsettled). */
export const DONE_STATES = ["completed", "settled"] as const satisfies readonly CareState[];

export function isOpenState(state: CareState): boolean {
  return (OPEN_STATES as readonly CareState[]).includes(state);
}
export function isMatchedOrLater(state: CareState): boolean {
  return (MATCHED_OR_LATER as readonly CareState[]).includes(state);
}

/**
 * The actor's relation to this request, worked out by the caller: the
 * requester is "parent", the chosen helper "helper", anyone else in the
 * audience "recipient". "system" is the platform itself (clock jobs, payment
 * webhooks, blocking and suspension).
 */
export type Role = "parent" | "helper" | "recipient" | "admin" | "system";

export type CareEvent =
  | { type: "offer" }
  | { type: "choose" }
  | { type: "withdraw" }
  | { type: "expire" }
  | { type: "cancel"; reason: string; noShow?: boolean }
  | { type: "end_passed" }
  | { type: "report" }
  | { type: "confirm" }
  | { type: "dispute"; reason: string }
  | { type: "resolve"; outcome: "reported" | "completed" }
  | { type: "settle" };
export type CareEventType = CareEvent["type"];

export const CARE_EVENT_TYPES = [
  "offer",
  "choose",
  "withdraw",
  "expire",
  "cancel",
  "end_passed",
  "report",
  "confirm",
  "dispute",
  "resolve",
  "settle",
] as const satisfies readonly CareEventType[];

export type TransitionContext = { actor: Role; now: Date; start: Date; end: Date };

export type TransitionError =
  | "unknown_event"
  | "terminal_state"
  | "wrong_state"
  | "no_offers"
  | "wrong_role"
  | "start_passed"
  | "end_passed"
  | "too_early"
  | "reason_required"
  | "invalid_outcome";

export type TransitionResult = { ok: true; state: CareState } | { ok: false; error: TransitionError };

/** What a request needs for time-based rules. */
export type CareRequestTiming = { state: CareState; start: Date; end: Date };
