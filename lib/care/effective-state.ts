import { type CareRequestTiming, type CareState, isOpenState } from "./states";

/**
 * The state once the clock is taken into account, so nobody has to click for
 * a request to expire or a care to end. Stored states catch up through the
 * expire and end_passed events.
 */
export function effectiveState(request: CareRequestTiming, now: Date): CareState {
  const { state } = request;
  if (isOpenState(state) && now.getTime() >= request.start.getTime()) return "expired";
  if (state === "matched" && now.getTime() >= request.end.getTime()) return "awaiting_report";
  return state;
}
