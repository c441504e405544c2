import { and, eq } from "drizzle-orm";
import { isLateCancellation, type CancellationCharge } from "@/lib/thanks";
import { AppError } from "@/lib/errors";
import type { Db } from "../client";
import { careTimeChanges, reliabilityRecords } from "../schema";
import { setState } from "./care-lock";
import { noticeData, otherParty, PARTIES, step, withCare } from "@/lib/care/workflows/with-care";
import { cancellationChargeFor } from "./care-thanks";
import { notify } from "@/lib/notify/workflows/notify";
import { recordReliability } from "./reliability";

type Cancel = { requestId: string; viewerId: string; reason: string; now: Date };

async function close(tx: Db, requestId: string, viewerId: string, reason: string, now: Date) {
  await setState(tx, requestId, "cancelled", now, { closedAt: now, cancelledBy: viewerId, cancelReason: reason });
  // A proposal nobody can answer any more.
  await tx
    .update(careTimeChanges)
    .set({ status: "withdrawn", decidedAt: now })
    .where(and(eq(careTimeChanges.requestId, requestId), eq(careTimeChanges.status, "pending")));
}

/**
 * Either side cancels a matched care before its end, with a reason. Less than 24 hours before
 * the start it is a late cancellation, recorded against the one who cancelled.
 */
export async function cancelCare(db: Db, c: Cancel): Promise<{ late: boolean; charge: CancellationCharge }> {
  return db.transaction(async (tx) => {
    const locked = await withCare(tx, c.requestId, c.viewerId, PARTIES, c.now);
    step(locked, { type: "cancel", reason: c.reason, noShow: false }, locked.role, c.now);
    const late = isLateCancellation(c.now, locked.request.startAt);
    const charge = await cancellationChargeFor(tx, locked.request, { cancelledAt: c.now, byWhom: locked.role, noShow: false });
    await close(tx, c.requestId, c.viewerId, c.reason, c.now);
    if (late) await recordReliability(tx, { userId: c.viewerId, requestId: c.requestId, kind: "late_cancellation", reason: c.reason, now: c.now });
    const data = await noticeData(tx, locked.request, c.viewerId);
    await notify(tx, { userId: otherParty(locked.request, locked.role), kind: "after_cancelled", requestId: c.requestId, data });
    return { late, charge };
  });
}

/** The parent records that the helper did not come: only once the start has passed. */
export async function markNoShow(db: Db, c: Cancel): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, c.requestId, c.viewerId, PARTIES, c.now);
    if (locked.role !== "parent") throw new AppError("not_found");
    step(locked, { type: "cancel", reason: c.reason, noShow: true }, "parent", c.now);
    if (c.now.getTime() < locked.request.startAt.getTime()) throw new AppError("conflict", { key: "careAfter.no_show_too_early" });
    await close(tx, c.requestId, c.viewerId, c.reason, c.now);
    const helperId = locked.request.helperId!;
    await recordReliability(tx, { userId: helperId, requestId: c.requestId, kind: "no_show", reason: c.reason, now: c.now });
    const data = await noticeData(tx, locked.request, c.viewerId);
    await notify(tx, { userId: helperId, kind: "after_no_show", requestId: c.requestId, data });
  });
}

/** Whether a cancelled care was a no-show (the helper's record says so). */
export async function wasNoShow(db: Db, requestId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: reliabilityRecords.id })
    .from(reliabilityRecords)
    .where(and(eq(reliabilityRecords.requestId, requestId), eq(reliabilityRecords.kind, "no_show")));
  return Boolean(row);
}
