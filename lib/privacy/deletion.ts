import { type CareState, effectiveState } from "@/lib/care";
import { MATCHED_OR_LATER, OPEN_STATES } from "@/lib/care/states";

/** A care matched and not yet settled (going on, waiting for its report or confirmation, or owing the thank-you). */
export const UNSETTLED_STATES = MATCHED_OR_LATER.filter((s) => s !== "settled");

export type DeletionRefusal = "open_request" | "care_in_progress";

/**
 * Why the account cannot be deleted yet, or null. Each care the member is the parent or the helper
 * of, in its state as the clock has it now: a care matched and not settled must finish first; a
 * request of theirs still asking must be withdrawn first.
 */
export function deletionRefusal(
  cares: readonly { state: CareState; start: Date; end: Date; asParent: boolean }[],
  now: Date,
): DeletionRefusal | null {
  const states = cares.map((c) => ({ state: effectiveState(c, now), asParent: c.asParent }));
  if (states.some((c) => (UNSETTLED_STATES as readonly CareState[]).includes(c.state))) return "care_in_progress";
  if (states.some((c) => c.asParent && (OPEN_STATES as readonly CareState[]).includes(c.state))) return "open_request";
  return null;
}
