import "server-only";
import type { Db } from "@/db/client";
import { awaitingReportEndedBetween } from "@/db/queries/report-reminders";
import { reportAgainAt, reportDueAgainKey } from "@/lib/care/report-reminder";
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
