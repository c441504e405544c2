import { RULES as CARE_RULES } from "../rules";
import type { CareState, Role } from "../states";

/**
 * Whether the caller may record that the helper did not come: the parent, on a care that can
 * still be cancelled (matched, or ended without a report), once its start has passed.
 */
export function noShowAllowed(role: Role, state: CareState, start: Date, now: Date): boolean {
  return role === "parent" && CARE_RULES.cancel.from.includes(state) && now.getTime() >= start.getTime();
}
