import "server-only";
import type { Db } from "@/db/client";
import { setTimeChangeStatus } from "@/db/queries/care-changes";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import { pendingTimeChange } from "./time-change-checks";
import { noticeData, otherParty, PARTIES, withCare } from "./with-care";

/** The proposer takes their proposal back before it is answered. */
export async function withdrawTimeChange(db: Db, w: { requestId: string; changeId: string; viewerId: string; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, w.requestId, w.viewerId, PARTIES, w.now);
    const change = await pendingTimeChange(tx, w.requestId, w.changeId);
    if (change.proposedBy !== w.viewerId) throw new AppError("not_found");
    await setTimeChangeStatus(tx, change.id, "withdrawn", w.now);
    const data = await noticeData(tx, locked.request, w.viewerId);
    await notify(tx, { userId: otherParty(locked.request, locked.role), kind: "after_time_withdrawn", requestId: w.requestId, data });
  });
}
