import { type CareState, DONE_STATES, type Role } from "../states";

/**
 * Why the caller may not leave a thank-you message or answer the survey yet, as a key under
 * errors.careAfter, or null if they may: feedback is the parent's, about a completed care.
 */
export function feedbackRefusal(role: Role, state: CareState): "wrong_side" | "feedback_too_early" | null {
  if (role !== "parent") return "wrong_side";
  return (DONE_STATES as readonly CareState[]).includes(state) ? null : "feedback_too_early";
}
