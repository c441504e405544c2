import "server-only";
import type { Db } from "@/db/client";
import { closeCancelled } from "@/db/queries/care-cancel";
import { careThanksBasis } from "@/db/queries/care-thanks";
import { recordReliability } from "@/db/queries/reliability";
import { cancellationCharge } from "@/lib/care/cancel/charge";
import { noShowAllowed } from "@/lib/care/cancel/no-show";
import { reliabilityExpiry } from "@/lib/care/cancel/reliability";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import type { Cancellation } from "./cancel";
import { noticeData, PARTIES, step, withCare } from "./with-care";

/**
 * The parent records that the helper did not come: only once the start has passed. It goes on
 * the helper's record, and the charge (the parent never pays for the helper's absence) is
 * stored with the care like any cancellation's.
 */
export async function markNoShow(db: Db, c: Cancellation): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, c.requestId, c.viewerId, PARTIES, c.now);
    const { request } = locked;
    if (locked.role !== "parent") throw new AppError("not_found");
    step(locked, { type: "cancel", reason: c.reason, noShow: true }, "parent", c.now);
    if (!noShowAllowed(locked.role, locked.state, request.startAt, c.now))
      throw new AppError("conflict", { key: "careAfter.no_show_too_early" });
    const agreed = { start: request.startAt, end: request.endAt };
    const charge = cancellationCharge(await careThanksBasis(tx, request), agreed, { cancelledAt: c.now, byWhom: "helper", noShow: true });
    await closeCancelled(tx, { requestId: c.requestId, cancelledBy: c.viewerId, reason: c.reason, charge, now: c.now });
    const helperId = request.helperId!;
    await recordReliability(tx, {
      userId: helperId,
      requestId: c.requestId,
      kind: "no_show",
      reason: c.reason,
      now: c.now,
      expiresAt: reliabilityExpiry(c.now),
    });
    const data = await noticeData(tx, request, c.viewerId);
    await notify(tx, { userId: helperId, kind: "after_no_show", requestId: c.requestId, data });
  });
}
