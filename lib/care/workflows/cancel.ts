import "server-only";
import type { Db } from "@/db/client";
import { closeCancelled } from "@/db/queries/care-cancel";
import { careThanksBasis } from "@/db/queries/care-thanks";
import { recordReliability } from "@/db/queries/reliability";
import { cancellationCharge } from "@/lib/care/cancel/charge";
import { recordedAgainst, reliabilityExpiry } from "@/lib/care/cancel/reliability";
import { notify } from "@/lib/notify/workflows/notify";
import { type CancellationCharge, isLateCancellation } from "@/lib/thanks";
import { type LockedCare, noticeData, otherParty, PARTIES, type Party, step, withCare } from "./with-care";

export type Cancellation = { requestId: string; viewerId: string; reason: string; now: Date };

/**
 * Either side cancels a matched care before its end, with a reason. Less than 24 hours before
 * the start it is a late cancellation, recorded against the one who cancelled. What it costs is
 * computed here, once, and stored with the care: a later rulebook never changes it.
 */
export async function cancelCare(db: Db, c: Cancellation): Promise<{ late: boolean; charge: CancellationCharge }> {
  return db.transaction(async (tx) => {
    const locked = await withCare(tx, c.requestId, c.viewerId, PARTIES, c.now);
    return cancelLockedCare(tx, locked, { by: { role: locked.role, userId: c.viewerId }, reason: c.reason, now: c.now });
  });
}

/**
 * The one cancellation step, on a care already locked by withCare: by one of its two sides, or
 * by the platform ("system", when a block ends the care between the two). The platform's
 * cancellation is nobody's fault: it costs nothing, goes on no one's record, and both sides are
 * told only that the care ended, without a name.
 */
export async function cancelLockedCare(
  tx: Db,
  locked: LockedCare,
  c: { by: { role: Party; userId: string } | "system"; reason: string; now: Date },
): Promise<{ late: boolean; charge: CancellationCharge }> {
  const { request } = locked;
  const actor = c.by === "system" ? "system" : c.by.role;
  step(locked, { type: "cancel", reason: c.reason, noShow: false }, actor, c.now);
  const late = isLateCancellation(c.now, request.startAt);
  const charge: CancellationCharge =
    c.by === "system"
      ? { yen: 0, percent: 0, basis: "none", late }
      : cancellationCharge(
          await careThanksBasis(tx, request),
          { start: request.startAt, end: request.endAt },
          { cancelledAt: c.now, byWhom: c.by.role, noShow: false },
        );
  const cancelledBy = c.by === "system" ? null : c.by.userId;
  await closeCancelled(tx, { requestId: request.id, cancelledBy, reason: c.reason, charge, now: c.now });
  if (c.by === "system") {
    const data = await noticeData(tx, request);
    await notify(
      tx,
      [request.parentId, request.helperId!].map((userId) => ({ userId, kind: "care_ended", requestId: request.id, data })),
    );
    return { late, charge };
  }
  const { role, userId } = c.by;
  if (recordedAgainst({ noShow: false, late, cancelledBy: role }) === role) {
    const record = { userId, requestId: request.id, kind: "late_cancellation", reason: c.reason } as const;
    await recordReliability(tx, { ...record, now: c.now, expiresAt: reliabilityExpiry(c.now) });
  }
  const data = await noticeData(tx, request, userId);
  await notify(tx, { userId: otherParty(request, role), kind: "after_cancelled", requestId: request.id, data });
  return { late, charge };
}
