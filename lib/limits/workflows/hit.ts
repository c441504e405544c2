import "server-only";
import type { Db } from "@/db/client";
import { addHit, deleteHitsBefore, peekHits } from "@/db/queries/rate-limits";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { allowed, KEEP_MS, LIMITS, type LimitName, limitKey, windowAt } from "@/lib/limits/limits";
import { securityEvent } from "@/lib/log";

export type Hit = { limit: LimitName; subject: string };

/** The error a limited caller gets; `key` is its translated message under "errors". */
export const limited = (key = "rate_limited") => new AppError("rate_limited", { key });

/**
 * Counts one try at each limit, inside the caller's transaction, and throws `limited(key)` when
 * any is over: the caller's transaction rolls back, so a refused try changes nothing, not even
 * the counts. Call it before the work it guards and after the caller's own locks.
 */
export async function hitLimits(tx: Db, hits: readonly Hit[], now: Date, key?: string): Promise<void> {
  for (const { limit, subject } of hits) {
    const rule = LIMITS[limit];
    const w = windowAt(rule, now);
    const counts = await addHit(tx, limitKey(limit, subject), w.start, w.previousStart);
    if (!allowed(rule, counts, w.elapsed)) {
      // A member's id is logged; an e-mail address or an IP (the sign-in limits' subjects) never is.
      securityEvent("security.rate_limited", { limit, subjectId: isUuid(subject) ? subject : undefined });
      throw limited(key);
    }
  }
}

/** Whether one more try would be allowed at every limit, counting nothing (for a friendly early answer). */
export async function withinLimits(db: Db, hits: readonly Hit[], now: Date): Promise<boolean> {
  for (const { limit, subject } of hits) {
    const rule = LIMITS[limit];
    const w = windowAt(rule, now);
    const counts = await peekHits(db, limitKey(limit, subject), w.start, w.previousStart);
    if (!allowed(rule, { ...counts, hits: counts.hits + 1 }, w.elapsed)) return false;
  }
  return true;
}

/** Deletes counts no limit looks at any more; for the clock sweep. */
export async function pruneLimits(db: Db, now: Date): Promise<number> {
  return deleteHitsBefore(db, new Date(now.getTime() - KEEP_MS));
}
