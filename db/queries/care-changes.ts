import { and, asc, eq } from "drizzle-orm";
import { checkTimeChange } from "@/lib/care/change/time-change";
import { AppError } from "@/lib/errors";
import type { Db } from "../client";
import { careRequests, careTimeChanges } from "../schema";
import { type LockedCare, noticeData, otherParty, PARTIES, withCare } from "@/lib/care/workflows/with-care";
import { notify } from "@/lib/notify/workflows/notify";

export type TimeChangeRow = typeof careTimeChanges.$inferSelect;
type Proposal = { requestId: string; viewerId: string; startAt: Date; endAt: Date; now: Date };
type Answer = { requestId: string; changeId: string; viewerId: string; now: Date };

// A time change is not a state change, but it is only for a matched care that has not ended:
// after the end the report says how long it really was.
function mustBeMatched(locked: LockedCare) {
  if (locked.state !== "matched") throw new AppError("conflict", { key: "careAfter.time_change_closed" });
}

function checkOrRefuse(locked: LockedCare, start: Date, end: Date, now: Date) {
  const problem = checkTimeChange({ start: locked.request.startAt, end: locked.request.endAt }, { start, end }, now);
  if (problem) throw new AppError("invalid_input", { key: `field.${problem.key}`, field: problem.field, values: problem.values });
}

async function pendingOf(tx: Db, requestId: string, changeId: string): Promise<TimeChangeRow> {
  const [change] = await tx
    .select()
    .from(careTimeChanges)
    .where(and(eq(careTimeChanges.id, changeId), eq(careTimeChanges.requestId, requestId)));
  if (!change) throw new AppError("not_found");
  if (change.status !== "pending") throw new AppError("conflict", { key: "careAfter.time_change_answered" });
  return change;
}

/** Either side proposes a new time; the other must agree. One proposal at a time. */
export async function proposeTimeChange(db: Db, p: Proposal): Promise<string> {
  return db.transaction(async (tx) => {
    const locked = await withCare(tx, p.requestId, p.viewerId, PARTIES, p.now);
    mustBeMatched(locked);
    checkOrRefuse(locked, p.startAt, p.endAt, p.now);
    const [open] = await tx
      .select({ id: careTimeChanges.id })
      .from(careTimeChanges)
      .where(and(eq(careTimeChanges.requestId, p.requestId), eq(careTimeChanges.status, "pending")));
    if (open) throw new AppError("conflict", { key: "careAfter.time_change_pending" });
    const [row] = await tx
      .insert(careTimeChanges)
      .values({ requestId: p.requestId, proposedBy: p.viewerId, newStartAt: p.startAt, newEndAt: p.endAt, createdAt: p.now })
      .returning({ id: careTimeChanges.id });
    const data = await noticeData(tx, locked.request, p.viewerId);
    await notify(tx, { userId: otherParty(locked.request, locked.role), kind: "after_time_proposed", requestId: p.requestId, data });
    return row!.id;
  });
}

/**
 * The other side agrees (the request takes the new times; the change row, with when it was
 * agreed, is the record insurance reads) or declines. The proposer cannot answer their own.
 */
export async function answerTimeChange(db: Db, a: Answer & { answer: "accept" | "decline" }): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, a.requestId, a.viewerId, PARTIES, a.now);
    const change = await pendingOf(tx, a.requestId, a.changeId);
    if (change.proposedBy === a.viewerId) throw new AppError("conflict", { key: "careAfter.time_change_own" });
    mustBeMatched(locked);
    if (a.answer === "accept") {
      // Re-checked now: what was fine when proposed may have been overtaken by the clock, and
      // there is no field to point at, only the proposal.
      const current = { start: locked.request.startAt, end: locked.request.endAt };
      if (checkTimeChange(current, { start: change.newStartAt, end: change.newEndAt }, a.now)) {
        throw new AppError("conflict", { key: "careAfter.time_change_outdated" });
      }
      await tx
        .update(careRequests)
        .set({ startAt: change.newStartAt, endAt: change.newEndAt, updatedAt: a.now })
        .where(eq(careRequests.id, a.requestId));
    }
    await tx
      .update(careTimeChanges)
      .set({ status: a.answer === "accept" ? "accepted" : "declined", decidedAt: a.now })
      .where(eq(careTimeChanges.id, change.id));
    const data = await noticeData(tx, locked.request, a.viewerId);
    const kind = a.answer === "accept" ? "after_time_accepted" : "after_time_declined";
    await notify(tx, { userId: change.proposedBy, kind, requestId: a.requestId, data });
  });
}

/** The proposer takes their proposal back before it is answered. */
export async function withdrawTimeChange(db: Db, a: Answer): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, a.requestId, a.viewerId, PARTIES, a.now);
    const change = await pendingOf(tx, a.requestId, a.changeId);
    if (change.proposedBy !== a.viewerId) throw new AppError("not_found");
    await tx.update(careTimeChanges).set({ status: "withdrawn", decidedAt: a.now }).where(eq(careTimeChanges.id, change.id));
    const data = await noticeData(tx, locked.request, a.viewerId);
    await notify(tx, { userId: otherParty(locked.request, locked.role), kind: "after_time_withdrawn", requestId: a.requestId, data });
  });
}

/** A care's proposals, oldest first (the caller has already checked the viewer may see the care). */
export async function listTimeChanges(db: Db, requestId: string): Promise<TimeChangeRow[]> {
  return db.select().from(careTimeChanges).where(eq(careTimeChanges.requestId, requestId)).orderBy(asc(careTimeChanges.createdAt));
}
