import { RULES as CARE_RULES } from "../rules";
import type { CareState, Role } from "../states";

type Party = "parent" | "helper";

/**
 * Whether the caller may record that the other side did not turn up: either side (the parent
 * when the helper did not come, the helper when the parent did not bring the child or was not
 * there), on a care that can still be cancelled (matched, or ended without a report), once its
 * start has passed.
 */
export function noShowAllowed(role: Role, state: CareState, start: Date, now: Date): boolean {
  return (role === "parent" || role === "helper") && CARE_RULES.cancel.from.includes(state) && now.getTime() >= start.getTime();
}

/** Who was absent when `recorder` records a no-show: always the other side. */
export function absentParty(recorder: Party): Party {
  return recorder === "parent" ? "helper" : "parent";
}
