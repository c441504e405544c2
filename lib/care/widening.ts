import type { CareState } from "./states";

/** How long the first audience has before the second one is asked too (minutes), as the form offers them. */
export const WIDEN_DELAYS = [30, 60, 120, 180] as const;
export type WidenDelay = (typeof WIDEN_DELAYS)[number];

const MINUTE_MS = 60_000;

/** When the second audience is asked: `delay` minutes after posting. */
export function widenAtFor(postedAt: Date, delay: WidenDelay): Date {
  return new Date(postedAt.getTime() + delay * MINUTE_MS);
}

/** A widening that would happen at or after the start asks nobody in time: the form refuses it. */
export function widensTooLate(widenAt: Date, startAt: Date): boolean {
  return widenAt.getTime() >= startAt.getTime();
}

export interface WidenFacts {
  state: CareState;
  startAt: Date;
  widenAt: Date | null;
  widenedAt: Date | null;
}

/**
 * Whether the second audience is asked now: a widening was asked for, is not done yet, its time
 * has come, nobody has said OK (still "open", not "offered" or later) and the start is still ahead.
 */
export function widenDue(r: WidenFacts, now: Date): boolean {
  if (!r.widenAt || r.widenedAt) return false;
  if (r.state !== "open") return false;
  return r.widenAt.getTime() <= now.getTime() && r.startAt.getTime() > now.getTime();
}

/** Who the widening reaches: the second audience minus everyone already asked (and the parent). */
export function newRecipients(second: readonly string[], asked: readonly string[], parentId: string): string[] {
  const already = new Set([...asked, parentId]);
  return [...new Set(second)].filter((id) => !already.has(id));
}

/** Dedup keys: the parent is told once per request, each new recipient asked once. */
export const widenedKey = (requestId: string) => `care:${requestId}:widened`;
export const widenAskKey = (requestId: string, userId: string) => `care:${requestId}:widened:${userId}`;

/** What the parent's open request says of its widening: still to come (and when), done, or nothing. */
export function widenStatus(r: WidenFacts, now: Date): { kind: "pending" | "done"; at: Date } | null {
  if (r.widenedAt) return { kind: "done", at: r.widenedAt };
  if (!r.widenAt || r.state !== "open" || r.startAt.getTime() <= now.getTime()) return null;
  return { kind: "pending", at: r.widenAt };
}
