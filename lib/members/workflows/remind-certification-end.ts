import "server-only";
import type { Db } from "@/db/client";
import { claimDueReminders } from "@/db/queries/certifications";
import { notify } from "@/lib/notify/workflows/notify";
import { addDays } from "@/lib/time/dates";
import { tokyoDate } from "@/lib/time/tokyo";
import { REMINDER_DAYS } from "../certification";

/**
 * The clock sweep's step: each organiser whose certification ends within REMINDER_DAYS hears it
 * once per period (a renewal is a new period, reminded in its turn). Returns how many were reminded.
 */
export async function remindCertificationEnd(db: Db, now: Date): Promise<number> {
  const today = tokyoDate(now);
  return db.transaction(async (tx) => {
    const due = await claimDueReminders(tx, { from: today, to: addDays(today, REMINDER_DAYS), now });
    await notify(
      tx,
      due.map((d) => ({ userId: d.userId, kind: "standing.certification_ending", data: { until: d.validUntil! } })),
    );
    return due.length;
  });
}
