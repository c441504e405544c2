import "server-only";
import type { Db } from "@/db/client";
import { lockCareRow } from "@/db/queries/care-lock";
import { activeAdminIds } from "@/db/queries/members";
import { lockOwnRecord, markContested } from "@/db/queries/reliability";
import { contestOpen } from "@/lib/care/cancel/contest";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import { noticeData } from "./with-care";

/**
 * The member a no-show was recorded against says it is wrong, with a reason, within
 * CONTEST_DAYS; it waits in the admins' queue. Only their own record: anyone else's is not found.
 */
export async function contestNoShow(db: Db, c: { recordId: string; viewerId: string; reason: string; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const record = await lockOwnRecord(tx, c.recordId, c.viewerId);
    if (!record) throw new AppError("not_found");
    if (!contestOpen(record, c.now)) {
      throw new AppError("conflict", { key: record.contestedAt ? "careAfter.contest_already" : "careAfter.contest_closed" });
    }
    await markContested(tx, record.id, c.reason, c.now);
    const request = await lockCareRow(tx, record.requestId);
    if (!request) throw new AppError("not_found");
    const data = await noticeData(tx, request, c.viewerId);
    const admins = await activeAdminIds(tx);
    // No request link: an admin is not a party to the care; the message points to the queue.
    await notify(
      tx,
      admins.map((userId) => ({ userId, kind: "no_show_contested", requestId: null, data })),
    );
  });
}
