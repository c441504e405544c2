import "server-only";
import type { Db } from "@/db/client";
import { type TimeChangeRow, timeChangeOf } from "@/db/queries/care-changes";
import { timeChangeOpen } from "@/lib/care/change/time-change";
import { AppError } from "@/lib/errors";
import type { LockedCare } from "./with-care";

// The refusals the time-change commands share.

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
