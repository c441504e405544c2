import "server-only";
import type { Db } from "@/db/client";
import { markReportDisputed } from "@/db/queries/care-completion";
import { setState } from "@/db/queries/care-lock";
import { activeAdminIds } from "@/db/queries/members";
import { notify } from "@/lib/notify/workflows/notify";
import { noticeData, PARTIES, step, withCare } from "./with-care";

/** The parent disagrees with the report: it goes to the admins, who resolve it. */
export async function disputeReport(db: Db, d: { requestId: string; viewerId: string; reason: string; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, d.requestId, d.viewerId, PARTIES, d.now);
    step(locked, { type: "dispute", reason: d.reason }, locked.role, d.now);
    await markReportDisputed(tx, d.requestId, d.reason, d.now);
    await setState(tx, d.requestId, "disputed", d.now);
    const data = await noticeData(tx, locked.request, d.viewerId);
    const admins = await activeAdminIds(tx);
    await notify(tx, [
      { userId: locked.request.helperId!, kind: "after_disputed", requestId: d.requestId, data },
      // No request link: an admin is not a party to the care; the message points to the dispute queue.
      ...admins.map((userId) => ({ userId, kind: "after_dispute_opened", requestId: null, data })),
    ]);
  });
}
