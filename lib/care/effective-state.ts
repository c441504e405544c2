import type { CareRequestTiming, CareState } from "./states";
import { transition } from "./transition";

/** The events the clock applies by itself, in the order they can happen. */
const CLOCK_EVENTS = ["expire", "end_passed"] as const;

/**
 * The state once the clock is taken into account, so nobody has to click for a request to
 * expire or a care to end: the expire and end_passed rules of lib/care/rules.ts, applied as
 * the platform would apply them now. The clock sweep stores the same result later.
 */
export function effectiveState(request: CareRequestTiming, now: Date): CareState {
  const ctx = { actor: "system" as const, now, start: request.start, end: request.end };
  for (const type of CLOCK_EVENTS) {
    const result = transition(request.state, { type }, ctx);
    if (result.ok) return result.state;
  }
  return request.state;
}
