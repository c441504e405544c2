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

/** What decides a member's part in a request, worked out by the caller from the request and the two members. */
export interface ViewerFacts {
  isParent: boolean;
  isHelper: boolean;
  /** The viewer is in the request's audience. */
  asked: boolean;
  /** The viewer and the parent are still connected. */
  connected: boolean;
  /** Either of the viewer and the parent has blocked the other. */
  blocked: boolean;
}

/**
 * The viewer's part in a request, or null ("not found"). A block ends everything between the two
 * at once, the chosen helper's care included. Someone who was asked sees the request only while
 * still a connection of the parent; the chosen helper keeps their care after a removed connection
 * (removing, unlike blocking, does not end a matched care).
 */
export function requestRole(f: ViewerFacts): "parent" | "helper" | "recipient" | null {
  if (f.isParent) return "parent";
  if (f.blocked) return null;
  if (f.isHelper) return "helper";
  return f.asked && f.connected ? "recipient" : null;
}

/**
 * Stored as the reason when the platform ends a request or care between two members (a block):
 * both sides are told only that it ended, never why.
 */
export const SYSTEM_END_REASON = "system:ended";

export function endedBySystem(r: { cancelReason: string | null }): boolean {
  return r.cancelReason === SYSTEM_END_REASON;
}
