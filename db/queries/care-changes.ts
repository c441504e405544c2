import { and, asc, eq } from "drizzle-orm";
import type { InsuranceSnapshot } from "@/lib/insurance/snapshot";
import type { Db } from "../client";
import { careRequests, careTimeChanges } from "../schema";

export type TimeChangeRow = typeof careTimeChanges.$inferSelect;
type TimeChangeStatus = TimeChangeRow["status"];

/** A care's proposals, oldest first (the caller has already checked the viewer may see the care). */
export async function listTimeChanges(db: Db, requestId: string): Promise<TimeChangeRow[]> {
  return db.select().from(careTimeChanges).where(eq(careTimeChanges.requestId, requestId)).orderBy(asc(careTimeChanges.createdAt));
}

/** One proposal of this care, or null. */
export async function timeChangeOf(db: Db, requestId: string, changeId: string): Promise<TimeChangeRow | null> {
  const [change] = await db
    .select()
    .from(careTimeChanges)
    .where(and(eq(careTimeChanges.id, changeId), eq(careTimeChanges.requestId, requestId)));
  return change ?? null;
}

export async function hasPendingTimeChange(db: Db, requestId: string): Promise<boolean> {
  const [open] = await db
    .select({ id: careTimeChanges.id })
    .from(careTimeChanges)
    .where(and(eq(careTimeChanges.requestId, requestId), eq(careTimeChanges.status, "pending")));
  return Boolean(open);
}

export async function insertTimeChange(
  tx: Db,
  p: { requestId: string; proposedBy: string; startAt: Date; endAt: Date; now: Date; insuranceSnapshot: InsuranceSnapshot | null },
): Promise<string> {
  const [row] = await tx
    .insert(careTimeChanges)
    .values({
      requestId: p.requestId,
      proposedBy: p.proposedBy,
      newStartAt: p.startAt,
      newEndAt: p.endAt,
      createdAt: p.now,
      insuranceSnapshot: p.insuranceSnapshot,
    })
    .returning({ id: careTimeChanges.id });
  return row!.id;
}

export async function setTimeChangeStatus(tx: Db, changeId: string, status: TimeChangeStatus, now: Date): Promise<void> {
  await tx.update(careTimeChanges).set({ status, decidedAt: now }).where(eq(careTimeChanges.id, changeId));
}

/** The care takes the agreed times; the change row, with when it was agreed, is the record insurance reads. */
export async function setCareTimes(tx: Db, requestId: string, startAt: Date, endAt: Date, now: Date): Promise<void> {
  await tx.update(careRequests).set({ startAt, endAt, updatedAt: now }).where(eq(careRequests.id, requestId));
}

/** The care's insurance decided again for a new day: the flag follows it, the snapshot keeps both decisions. */
export async function setCareInsurance(tx: Db, requestId: string, insured: boolean, snapshot: InsuranceSnapshot): Promise<void> {
  await tx.update(careRequests).set({ insured, insuranceSnapshot: snapshot }).where(eq(careRequests.id, requestId));
}
