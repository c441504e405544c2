import "server-only";
import type { Db } from "@/db/client";
import { hasPendingTimeChange, insertTimeChange } from "@/db/queries/care-changes";
import { checkTimeChange } from "@/lib/care/change/time-change";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import { mustTakeTimeChanges, newDayInsurance } from "./time-change-checks";
import { noticeData, otherParty, PARTIES, withCare } from "./with-care";

type TimeChangeProposal = { requestId: string; viewerId: string; startAt: Date; endAt: Date; now: Date };

/**
 * Either side proposes a new time; the other must agree. One proposal at a time. A change to
 * another day re-checks every child's age and decides insurance again for that day, kept with the
 * proposal so both see it before agreeing.
 */
export async function proposeTimeChange(db: Db, p: TimeChangeProposal): Promise<string> {
  return db.transaction(async (tx) => {
    const locked = await withCare(tx, p.requestId, p.viewerId, PARTIES, p.now);
    mustTakeTimeChanges(locked);
    const current = { start: locked.request.startAt, end: locked.request.endAt };
    const problem = checkTimeChange(current, { start: p.startAt, end: p.endAt }, p.now);
    if (problem) throw new AppError("invalid_input", { key: `field.${problem.key}`, field: problem.field, values: problem.values });
    if (await hasPendingTimeChange(tx, p.requestId)) throw new AppError("conflict", { key: "careAfter.time_change_pending" });
    const insuranceSnapshot = await newDayInsurance(tx, locked, { start: p.startAt, end: p.endAt }, p.now);
    const changeId = await insertTimeChange(tx, {
      requestId: p.requestId,
      proposedBy: p.viewerId,
      startAt: p.startAt,
      endAt: p.endAt,
      now: p.now,
      insuranceSnapshot,
    });
    const data = await noticeData(tx, locked.request, p.viewerId);
    await notify(tx, { userId: otherParty(locked.request, locked.role), kind: "after_time_proposed", requestId: p.requestId, data });
    return changeId;
  });
}
