import { createHash } from "node:crypto";

// Everything a stranger could try over and over, and how often one subject may try it. Counted in
// fixed windows with the previous window's count carried over in proportion to how much of it
// still overlaps the last `windowMs` (a sliding-window estimate): one row per key and window, one
// atomic upsert per try, and no burst of twice the limit across a window boundary.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type Limit = { max: number; windowMs: number };

export const LIMITS = {
  /** Sign-in e-mails to one address (mail-bombing). */
  signInAddress: { max: 5, windowMs: HOUR },
  /** Sign-in e-mails asked from one IP address; schools and offices share one, so it is wider. */
  signInIp: { max: 30, windowMs: HOUR },
  /** Digit tries by one member, across every target (the per-pair lockout is lib/connections/lockout.ts). */
  digitsByTryer: { max: 20, windowMs: DAY },
  /** Digit tries at one member, across every trying member: fake accounts do not multiply the guesses. */
  digitsAtTarget: { max: 10, windowMs: DAY },
  /** Verification codes sent for one member: each costs an SMS, and "verified by another account" is no oracle at scale. */
  phoneCodeByMember: { max: 5, windowMs: DAY },
  /** Verification codes sent to one number, whoever asks: nobody's phone is flooded with codes. */
  phoneCodeToNumber: { max: 5, windowMs: DAY },
  /** Member searches by one member, per hour and per day, so a town cannot be listed by brute force. */
  searchHour: { max: 30, windowMs: HOUR },
  searchDay: { max: 100, windowMs: DAY },
  /** Reports by one member: enough for every real problem, too few to flood the admin desk. */
  reportsByMember: { max: 10, windowMs: DAY },
  /** Questions to the consultation desk by one member or one visitor's address, and from one IP address. */
  deskByAsker: { max: 5, windowMs: DAY },
  deskByIp: { max: 30, windowMs: DAY },
} as const satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;

/** Rows older than this matter to no limit (the longest window and the one before it). */
export const KEEP_MS = 2 * Math.max(...Object.values(LIMITS).map((l) => l.windowMs));

/** The window `now` falls in, the one before it, and how far into the current one `now` is (0 ≤ elapsed < 1). */
export function windowAt(limit: Limit, now: Date): { start: Date; previousStart: Date; elapsed: number } {
  const t = now.getTime();
  const start = Math.floor(t / limit.windowMs) * limit.windowMs;
  return { start: new Date(start), previousStart: new Date(start - limit.windowMs), elapsed: (t - start) / limit.windowMs };
}

/**
 * Whether a try is allowed, given the current window's count including this try and the previous
 * window's count. The previous window weighs as much of it as still lies within `windowMs` of now.
 */
export function allowed(limit: Limit, counts: { hits: number; previous: number }, elapsed: number): boolean {
  const carried = Math.floor(counts.previous * (1 - Math.min(Math.max(elapsed, 0), 1)));
  return counts.hits + carried <= limit.max;
}

/** The stored key: the limit's name and a hash of its subject, so no address or number is kept. */
export function limitKey(name: LimitName, subject: string): string {
  return `${name}:${createHash("sha256").update(subject).digest("base64url").slice(0, 32)}`;
}

/**
 * The client's address as the trusted proxy saw it: the last X-Forwarded-For entry, the one our
 * own proxy appended (earlier entries are whatever the client sent). Without a proxy configured
 * there is no address to trust: Next.js passes the socket's address only by filling in this header
 * when the client sent none, so the header may be anything the client chose. Then: null.
 */
export function clientIp(forwardedFor: string | null, behindProxy: boolean): string | null {
  if (!behindProxy || !forwardedFor) return null;
  const last = forwardedFor.split(",").at(-1)?.trim();
  return last ? last.toLowerCase() : null;
}
