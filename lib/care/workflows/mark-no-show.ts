import "server-only";
import type { Db } from "@/db/client";
import { closeCancelled } from "@/db/queries/care-cancel";
import { careThanksBasis } from "@/db/queries/care-thanks";
import { recordReliability } from "@/db/queries/reliability";
import { noShowCharge } from "@/lib/care/cancel/charge";
import { noShowAllowed } from "@/lib/care/cancel/no-show";
import { reliabilityExpiry } from "@/lib/care/cancel/reliability";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import type { Cancellation } from "./cancel";
import { noticeData, otherParty, PARTIES, step, withCare } from "./with-care";

/**
 * Either side records that the other did not turn up: only once the start has passed. The care
 * is cancelled, the no-show goes on the absent side's record (they may contest it), and the
 * charge (lib/care/cancel/charge: noShowCharge) is stored with the care like any cancellation's.
 */
export async function markNoShow(db: Db, c: Cancellation): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, c.requestId, c.viewerId, PARTIES, c.now);
    const { request, role } = locked;
    step(locked, { type: "cancel", reason: c.reason, noShow: true }, role, c.now);
    if (!noShowAllowed(role, locked.state, request.startAt, c.now)) throw new AppError("conflict", { key: "careAfter.no_show_too_early" });
    const agreed = { start: request.startAt, end: request.endAt };
    const charge = noShowCharge(await careThanksBasis(tx, request), agreed, c.now, role);
    await closeCancelled(tx, { requestId: c.requestId, cancelledBy: c.viewerId, reason: c.reason, charge, now: c.now });
    const absentId = otherParty(request, role);
    await recordReliability(tx, {
      userId: absentId,
      requestId: c.requestId,
      kind: "no_show",
      reason: c.reason,
      now: c.now,
      expiresAt: reliabilityExpiry(c.now),
    });
    const data = await noticeData(tx, request, c.viewerId);
    await notify(tx, {
      userId: absentId,
      kind: role === "parent" ? "after_no_show" : "after_no_show_parent",
      requestId: c.requestId,
      data,
    });
  });
}
