import { type CareState, isMatchedOrLater, type Role } from "./states";

const DETAILS_AFTER_END_MS = 24 * 60 * 60 * 1000;

/**
 * The children's care details (allergies, medication, emergency contacts…)
 * are the parent's; the chosen helper sees them from matching until 24 h
 * after the end (exclusive), and nobody else ever does: not other recipients,
 * organisers, municipalities or admins. `end` is the end in force, extensions
 * included.
 */
/** The moment the chosen helper stops seeing the care details (exclusive). */
export function careDetailsVisibleUntil(end: Date): Date {
  return new Date(end.getTime() + DETAILS_AFTER_END_MS);
}

export function careDetailsVisible(role: Role, state: CareState, end: Date, now: Date): boolean {
  if (role === "parent") return true;
  if (role !== "helper" || !isMatchedOrLater(state)) return false;
  return now.getTime() < careDetailsVisibleUntil(end).getTime();
}
