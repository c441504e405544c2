import { and, desc, eq, gt } from "drizzle-orm";
import type { Db } from "../client";
import { careRequests, reliabilityRecords } from "../schema";

export type ReliabilityKind = (typeof reliabilityRecords.$inferSelect)["kind"];

/** Records a late cancellation or a no-show against a member, once per care and kind. */
export async function recordReliability(
  db: Db,
  r: { userId: string; requestId: string; kind: ReliabilityKind; reason: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insert(reliabilityRecords)
    .values({ userId: r.userId, requestId: r.requestId, kind: r.kind, reason: r.reason, createdAt: r.now, expiresAt: r.expiresAt })
    .onConflictDoNothing();
}

/** The member's own records that still count, newest first, with the care they are about. Nobody else's. */
export async function listOwnReliability(db: Db, userId: string, now: Date) {
  return (
    db
      .select({
        id: reliabilityRecords.id,
        kind: reliabilityRecords.kind,
        reason: reliabilityRecords.reason,
        createdAt: reliabilityRecords.createdAt,
        expiresAt: reliabilityRecords.expiresAt,
        requestId: reliabilityRecords.requestId,
        careStartAt: careRequests.startAt,
      })
      .from(reliabilityRecords)
      .innerJoin(careRequests, eq(careRequests.id, reliabilityRecords.requestId))
      // The SQL form of reliabilityActive (lib/care/cancel/reliability): it counts until, not at, its expiry.
      .where(and(eq(reliabilityRecords.userId, userId), gt(reliabilityRecords.expiresAt, now)))
      .orderBy(desc(reliabilityRecords.createdAt))
  );
}
