import "server-only";
import type { Db } from "@/db/client";
import { awaitingReportEndedBetween, reportedBetween } from "@/db/queries/report-reminders";
import { confirmDueAgainKey, reportAgainAt, reportDueAgainKey } from "@/lib/care/report-reminder";
import { notify } from "@/lib/notify/workflows/notify";

/**
 * The morning after a care, its helper is asked again to report if they have not (8:00 Tokyo),
 * once per care. Returns how many reminders were new (those already sent write nothing).
 */
export async function remindReport(db: Db, now: Date): Promise<number> {
  // Cares that ended up to two days ago: older ones were reminded already (or will be told by a person).
  const waiting = await awaitingReportEndedBetween(db, new Date(now.getTime() - 2 * 86_400_000), now);
  const due = waiting.filter((r) => r.helperId && reportAgainAt(r.endAt) <= now);
  return db.transaction((tx) =>
    notify(
      tx,
      due.map((r) => ({
        userId: r.helperId!,
        kind: "after_report_due_again",
        requestId: r.id,
        data: { start: r.startAt.toISOString() },
        dedupKey: reportDueAgainKey(r.id),
      })),
    ),
  );
}

/**
 * The morning after a helper reported, the parent who has not confirmed yet is asked again (the
 * report's own notice, after_reported, was the first ask), once per care. Returns how many were new.
 */
export async function remindConfirm(db: Db, now: Date): Promise<number> {
  const waiting = await reportedBetween(db, new Date(now.getTime() - 2 * 86_400_000), now);
  const due = waiting.filter((r) => reportAgainAt(r.reportedAt) <= now);
  if (due.length === 0) return 0;
  return db.transaction((tx) =>
    notify(
      tx,
      due.map((r) => ({
        userId: r.parentId,
        kind: "after_confirm_due_again",
        requestId: r.id,
        data: { start: r.startAt.toISOString() },
        dedupKey: confirmDueAgainKey(r.id),
      })),
      now,
    ),
  );
}
