import { and, asc, eq, gt, isNull, lte } from "drizzle-orm";
import type { Db } from "../client";
import { careRequests } from "../schema";

/** Requests whose widening time has come and which were not widened yet, still open and ahead. */
export async function widenCandidates(db: Db, now: Date, limit = 200): Promise<string[]> {
  const rows = await db
    .select({ id: careRequests.id })
    .from(careRequests)
    .where(
      and(isNull(careRequests.widenedAt), lte(careRequests.widenAt, now), eq(careRequests.state, "open"), gt(careRequests.startAt, now)),
    )
    .orderBy(asc(careRequests.widenAt))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Records that the request's widening was done. */
export async function markWidened(db: Db, requestId: string, now: Date): Promise<void> {
  await db.update(careRequests).set({ widenedAt: now, updatedAt: now }).where(eq(careRequests.id, requestId));
}
