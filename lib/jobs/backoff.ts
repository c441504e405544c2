/** A delivery is tried this many times; after the last failure it is `failed`, for an admin to see. */
export const MAX_ATTEMPTS = 8;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 6 * 3_600_000;

/**
 * After failed attempt number `attempts` (1, 2, …): when to try again (30 s, 1 min, 2 min, … at
 * most 6 h later), or null when the attempts are used up.
 */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const wait = Math.min(FIRST_WAIT_MS * 2 ** Math.max(0, attempts - 1), LONGEST_WAIT_MS);
  return new Date(now.getTime() + wait);
}
