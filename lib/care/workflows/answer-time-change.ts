import "server-only";
import type { Db } from "@/db/client";
import { setCareInsurance, setCareTimes, setTimeChangeStatus } from "@/db/queries/care-changes";
import { checkTimeChange } from "@/lib/care/change/time-change";
import { AppError } from "@/lib/errors";
import { type InsuranceSnapshot, recordChangeDecision } from "@/lib/insurance";
import { notify } from "@/lib/notify/workflows/notify";
import { mustTakeTimeChanges, newDayInsurance, pendingTimeChange } from "./time-change-checks";
import { noticeData, PARTIES, withCare } from "./with-care";

type TimeChangeAnswer = { requestId: string; changeId: string; viewerId: string; answer: "accept" | "decline"; now: Date };

/**
 * The other side agrees (the request takes the new times; the change row, with when it was
 * agreed, is the record insurance reads; a new day's insurance is decided again) or declines. The proposer cannot answer their own.
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
      // A new day is decided again on the facts of now, when both agree; the snapshot keeps both decisions.
      const newDay = await newDayInsurance(tx, locked, { start: change.newStartAt, end: change.newEndAt }, a.now);
      await setCareTimes(tx, a.requestId, change.newStartAt, change.newEndAt, a.now);
      if (newDay) {
        const original = locked.request.insuranceSnapshot as InsuranceSnapshot | null;
        const snapshot = recordChangeDecision(original, { changeId: change.id, agreedAt: a.now.toISOString(), snapshot: newDay });
        await setCareInsurance(tx, a.requestId, newDay.decision.insured, snapshot);
      }
    }
    await setTimeChangeStatus(tx, change.id, a.answer === "accept" ? "accepted" : "declined", a.now);
    const data = await noticeData(tx, locked.request, a.viewerId);
    const kind = a.answer === "accept" ? "after_time_accepted" : "after_time_declined";
    await notify(tx, { userId: change.proposedBy, kind, requestId: a.requestId, data });
  });
}
