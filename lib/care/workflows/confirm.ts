import "server-only";
import type { Db } from "@/db/client";
import { reportOf } from "@/db/queries/care-completion";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import { freezeCompletion } from "./freeze-completion";
import { noticeData, PARTIES, step, withCare } from "./with-care";

/**
 * The parent confirms the report they were shown (`reportedAt` names that version): if the
 * helper corrected it in the meantime, they are asked to look again rather than confirm blind.
 */
export async function confirmReport(db: Db, c: { requestId: string; viewerId: string; reportedAt: string; now: Date }) {
  return db.transaction(async (tx) => {
    const locked = await withCare(tx, c.requestId, c.viewerId, PARTIES, c.now);
    step(locked, { type: "confirm" }, locked.role, c.now);
    const report = await reportOf(tx, c.requestId);
    if (!report || report.reportedAt.toISOString() !== c.reportedAt) {
      throw new AppError("conflict", { key: "careAfter.report_changed" });
    }
    const frozen = await freezeCompletion(tx, locked, c.now);
    const data = await noticeData(tx, locked.request, c.viewerId);
    const notice = { ...data, yen: frozen.breakdown.parentPaysYen };
    await notify(tx, { userId: locked.request.helperId!, kind: "after_confirmed", requestId: c.requestId, data: notice });
    return frozen;
  });
}
