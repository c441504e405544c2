import "server-only";
import type { Db } from "@/db/client";
import { setCareTimes, setTimeChangeStatus } from "@/db/queries/care-changes";
import { checkTimeChange } from "@/lib/care/change/time-change";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import { mustTakeTimeChanges, pendingTimeChange } from "./time-change-checks";
import { noticeData, PARTIES, withCare } from "./with-care";

type TimeChangeAnswer = { requestId: string; changeId: string; viewerId: string; answer: "accept" | "decline"; now: Date };

/**
 * The other side agrees (the request takes the new times; the change row, with when it was
 * agreed, is the record insurance reads) or declines. The proposer cannot answer their own.
 */
export async function answerTimeChange(db: Db, a: TimeChangeAnswer): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, a.requestId, a.viewerId, PARTIES, a.now);
    const change = await pendingTimeChange(tx, a.requestId, a.changeId);
    if (change.proposedBy === a.viewerId) throw new AppError("conflict", { key: "careAfter.time_change_own" });
    mustTakeTimeChanges(locked);
    if (a.answer === "accept") {
      // Re-checked now: what was fine when proposed may have been overtaken by the clock, and
      // there is no field to point at, only the proposal.
      const current = { start: locked.request.startAt, end: locked.request.endAt };
      if (checkTimeChange(current, { start: change.newStartAt, end: change.newEndAt }, a.now)) {
        throw new AppError("conflict", { key: "careAfter.time_change_outdated" });
      }
      await setCareTimes(tx, a.requestId, change.newStartAt, change.newEndAt, a.now);
    }
    await setTimeChangeStatus(tx, change.id, a.answer === "accept" ? "accepted" : "declined", a.now);
    const data = await noticeData(tx, locked.request, a.viewerId);
    const kind = a.answer === "accept" ? "after_time_accepted" : "after_time_declined";
    await notify(tx, { userId: change.proposedBy, kind, requestId: a.requestId, data });
  });
}
