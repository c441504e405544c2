// At most five wrong tries per pair; the fifth wrong try within 24 hours locks the pair for
// 24 hours from that try. Tries are counted per pair, whoever typed them and for whichever request,
// so that neither side nor a fresh request can reset the count.
export const MAX_WRONG_TRIES = 5;
export const LOCK_MS = 24 * 60 * 60 * 1000;
/** How far back wrong tries can still matter: a lock that started up to 24 h ago began with tries up to 48 h ago. */
export const LOOKBACK_MS = 2 * LOCK_MS;

export type LockState = { locked: false; remaining: number } | { locked: true; until: Date };

/** The pair's state at `now`, given the times of its wrong tries (any order; older than LOOKBACK_MS ignored). */
export function lockState(wrongTries: readonly Date[], now: Date): LockState {
  const t = now.getTime();
  // A try stamped after `now` (another server's clock) counts as made now, never as not made.
  const times = wrongTries
    .map((d) => Math.min(d.getTime(), t))
    .filter((x) => x > t - LOOKBACK_MS)
    .sort((x, y) => x - y);
  let until = -Infinity;
  for (let i = MAX_WRONG_TRIES - 1; i < times.length; i++) {
    const at = times[i]!;
    // This try was the fifth within 24 hours: it started a lock.
    if (times[i - (MAX_WRONG_TRIES - 1)]! > at - LOCK_MS) until = Math.max(until, at + LOCK_MS);
  }
  if (until > t) return { locked: true, until: new Date(until) };
  const recent = times.filter((x) => x > t - LOCK_MS).length;
  return { locked: false, remaining: MAX_WRONG_TRIES - recent };
}
