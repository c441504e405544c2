import "server-only";
import type { Db } from "@/db/client";
import { closeCancelled } from "@/db/queries/care-cancel";
import { careThanksBasis } from "@/db/queries/care-thanks";
import { recordReliability } from "@/db/queries/reliability";
import { cancellationCharge } from "@/lib/care/cancel/charge";
import { recordedAgainst, reliabilityExpiry } from "@/lib/care/cancel/reliability";
import { notify } from "@/lib/notify/workflows/notify";
import { type CancellationCharge, isLateCancellation } from "@/lib/thanks";
import { noticeData, otherParty, PARTIES, step, withCare } from "./with-care";

export type Cancellation = { requestId: string; viewerId: string; reason: string; now: Date };

/**
 * Either side cancels a matched care before its end, with a reason. Less than 24 hours before
 * the start it is a late cancellation, recorded against the one who cancelled. What it costs is
 * computed here, once, and stored with the care: a later rulebook never changes it.
 */
export async function cancelCare(db: Db, c: Cancellation): Promise<{ late: boolean; charge: CancellationCharge }> {
  return db.transaction(async (tx) => {
    const locked = await withCare(tx, c.requestId, c.viewerId, PARTIES, c.now);
    const { request, role } = locked;
    step(locked, { type: "cancel", reason: c.reason, noShow: false }, role, c.now);
    const late = isLateCancellation(c.now, request.startAt);
    const agreed = { start: request.startAt, end: request.endAt };
    const charge = cancellationCharge(await careThanksBasis(tx, request), agreed, { cancelledAt: c.now, byWhom: role, noShow: false });
    await closeCancelled(tx, { requestId: c.requestId, cancelledBy: c.viewerId, reason: c.reason, charge, now: c.now });
    if (recordedAgainst({ noShow: false, late, cancelledBy: role }) === role) {
      const record = { userId: c.viewerId, requestId: c.requestId, kind: "late_cancellation", reason: c.reason } as const;
      await recordReliability(tx, { ...record, now: c.now, expiresAt: reliabilityExpiry(c.now) });
    }
    const data = await noticeData(tx, request, c.viewerId);
    await notify(tx, { userId: otherParty(request, role), kind: "after_cancelled", requestId: c.requestId, data });
    return { late, charge };
  });
}
