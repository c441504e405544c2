import "server-only";
import type { Db } from "@/db/client";
import { usableConnection } from "@/db/queries/care-audience";
import { type TimeChangeRow, timeChangeOf } from "@/db/queries/care-changes";
import { memberFacts } from "@/db/queries/care-members";
import { requestChildren } from "@/db/queries/care-request-children";
import { decideNewDay, movesDate } from "@/lib/care/change/new-day";
import { timeChangeOpen } from "@/lib/care/change/time-change";
import { AppError } from "@/lib/errors";
import type { InsuranceSnapshot } from "@/lib/insurance";
import type { LockedCare } from "./with-care";

type Window = { start: Date; end: Date };

// The refusals (and the new day's re-check) the time-change commands share.

export function mustTakeTimeChanges(locked: LockedCare): void {
  if (!timeChangeOpen(locked.state)) throw new AppError("conflict", { key: "careAfter.time_change_closed" });
}

/** The proposal being answered or withdrawn: it must be this care's, and still waiting. */
export async function pendingTimeChange(tx: Db, requestId: string, changeId: string): Promise<TimeChangeRow> {
  const change = await timeChangeOf(tx, requestId, changeId);
  if (!change) throw new AppError("not_found");
  if (change.status !== "pending") throw new AppError("conflict", { key: "careAfter.time_change_answered" });
  return change;
}

/**
 * For a change to another day: every child's age and the insurance decided again on that day's
 * facts, read now. A child outside ages 1 to 12 on the new day refuses the change, in the words
 * posting uses; null when the day does not move (nothing can differ).
 */
export async function newDayInsurance(tx: Db, locked: LockedCare, proposed: Window, now: Date): Promise<InsuranceSnapshot | null> {
  const { request } = locked;
  if (!movesDate({ start: request.startAt, end: request.endAt }, proposed)) return null;
  const [parent, helper] = [await memberFacts(tx, request.parentId), await memberFacts(tx, request.helperId!)];
  if (!parent || !helper) throw new AppError("not_found");
  const original = request.insuranceSnapshot as InsuranceSnapshot | null;
  const decided = decideNewDay({
    proposed,
    agreedAt: now,
    parent,
    helper,
    children: await requestChildren(tx, request.id),
    connected: Boolean(await usableConnection(tx, request.parentId, request.helperId!)),
    adultAge: original?.adultAge,
  });
  if (!decided.ok) {
    const { name, reason, ageYears } = decided.problem;
    throw new AppError("conflict", { key: `careAfter.time_change_${reason}`, values: { name, age: ageYears } });
  }
  return decided.snapshot;
}
