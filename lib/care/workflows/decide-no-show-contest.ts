import "server-only";
import type { Db } from "@/db/client";
import { lockCareRow } from "@/db/queries/care-lock";
import { deleteRecord, lockContested, markContestRejected } from "@/db/queries/reliability";
import type { ContestOutcome } from "@/lib/care/cancel/contest";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import { noticeData } from "./with-care";

/**
 * An admin decides a contested no-show. In the member's favour ("upheld") the record is deleted
 * for good, not hidden; otherwise it stays until its twelve months are over. Both sides of the
 * care are told. An admin who is a party to the care cannot decide it.
 */
export async function decideNoShowContest(db: Db, d: { recordId: string; adminId: string; outcome: ContestOutcome; now: Date }) {
  await db.transaction(async (tx) => {
    const record = await lockContested(tx, d.recordId);
    if (!record) throw new AppError("not_found");
    const request = await lockCareRow(tx, record.requestId);
    if (!request) throw new AppError("not_found");
    if (request.parentId === d.adminId || request.helperId === d.adminId) throw new AppError("conflict", { key: "careAfter.own_dispute" });
    if (d.outcome === "upheld") await deleteRecord(tx, record.id);
    else await markContestRejected(tx, record.id, d.adminId, d.now);
    const data = await noticeData(tx, request);
    const kind = d.outcome === "upheld" ? "no_show_contest_upheld" : "no_show_contest_rejected";
    const recorder = record.userId === request.parentId ? request.helperId! : request.parentId;
    await notify(tx, [
      { userId: record.userId, kind, requestId: request.id, data },
      { userId: recorder, kind: `${kind}_other`, requestId: request.id, data },
    ]);
  });
}
