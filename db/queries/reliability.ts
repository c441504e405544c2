import { and, asc, desc, eq, gt, isNotNull, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { careRequests, members, reliabilityRecords } from "../schema";

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
        contestedAt: reliabilityRecords.contestedAt,
        contestRejectedAt: reliabilityRecords.contestRejectedAt,
      })
      .from(reliabilityRecords)
      .innerJoin(careRequests, eq(careRequests.id, reliabilityRecords.requestId))
      // The SQL form of reliabilityActive (lib/care/cancel/reliability): it counts until, not at, its expiry.
      .where(and(eq(reliabilityRecords.userId, userId), gt(reliabilityRecords.expiresAt, now)))
      .orderBy(desc(reliabilityRecords.createdAt))
  );
}

/** One record of the member's own, locked for the rest of the transaction; anyone else's is not found. */
export async function lockOwnRecord(db: Db, id: string, userId: string) {
  const [row] = await db
    .select()
    .from(reliabilityRecords)
    .where(and(eq(reliabilityRecords.id, id), eq(reliabilityRecords.userId, userId)))
    .for("update");
  return row ?? null;
}

/** A contested record waiting for an admin, locked for the rest of the transaction. */
export async function lockContested(db: Db, id: string) {
  const [row] = await db
    .select()
    .from(reliabilityRecords)
    .where(and(eq(reliabilityRecords.id, id), isNotNull(reliabilityRecords.contestedAt), isNull(reliabilityRecords.contestRejectedAt)))
    .for("update");
  return row ?? null;
}

export async function markContested(db: Db, id: string, reason: string, now: Date): Promise<void> {
  await db.update(reliabilityRecords).set({ contestReason: reason, contestedAt: now }).where(eq(reliabilityRecords.id, id));
}

export async function markContestRejected(db: Db, id: string, adminId: string, now: Date): Promise<void> {
  await db.update(reliabilityRecords).set({ contestRejectedAt: now, contestDecidedBy: adminId }).where(eq(reliabilityRecords.id, id));
}

/** Deletes one record for good (a contest decided in the member's favour). */
export async function deleteRecord(db: Db, id: string): Promise<void> {
  await db.delete(reliabilityRecords).where(eq(reliabilityRecords.id, id));
}

const recorded = alias(members, "recorded_member");
const parent = alias(members, "parent_member");

/** The admin queue: contested no-shows waiting for a decision, oldest contest first. */
export async function listContested(db: Db) {
  return db
    .select({
      id: reliabilityRecords.id,
      userId: reliabilityRecords.userId,
      memberName: recorded.displayName,
      requestId: reliabilityRecords.requestId,
      parentId: careRequests.parentId,
      parentName: parent.displayName,
      helperId: careRequests.helperId,
      startAt: careRequests.startAt,
      endAt: careRequests.endAt,
      reason: reliabilityRecords.reason,
      createdAt: reliabilityRecords.createdAt,
      contestReason: reliabilityRecords.contestReason,
      contestedAt: reliabilityRecords.contestedAt,
    })
    .from(reliabilityRecords)
    .innerJoin(careRequests, eq(careRequests.id, reliabilityRecords.requestId))
    .innerJoin(recorded, eq(recorded.userId, reliabilityRecords.userId))
    .innerJoin(parent, eq(parent.userId, careRequests.parentId))
    .where(and(isNotNull(reliabilityRecords.contestedAt), isNull(reliabilityRecords.contestRejectedAt)))
    .orderBy(asc(reliabilityRecords.contestedAt));
}
