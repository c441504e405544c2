import "server-only";
import type { Db } from "@/db/client";
import { pruneDeliveries } from "@/db/queries/deliveries";
import { storeEndPassed } from "@/lib/care/workflows/end-passed";
import { expireDueRequests } from "@/lib/care/workflows/expire-due";
import { remindCare } from "@/lib/care/workflows/remind-care";
import { remindConfirm, remindReport } from "@/lib/care/workflows/remind-report";
import { widenDueRequests } from "@/lib/care/workflows/widen-due";
import { appKey } from "@/lib/crypto/app-key";
import { pruneLimits } from "@/lib/limits/workflows/hit";
import { releaseLapsedHolds } from "@/lib/meetups/workflows/release-holds";
import { remindMeetup } from "@/lib/meetups/workflows/remind-meetup";
import { remindCertificationEnd } from "@/lib/members/workflows/remind-certification-end";
import { issueDueRefunds } from "@/lib/payments/workflows/issue-refunds";
import { buildExports } from "@/lib/privacy/workflows/export";
import { applyRetentionSchedule } from "@/lib/privacy/workflows/retention";
import { refreshStats } from "@/lib/stats/workflows/refresh";

/** The municipality dashboard's summaries are refreshed at most this often (a city's requests are many). */
const STATS_EVERY_MS = 10 * 60_000;
const HOUR_MS = 3_600_000;
/** Sent deliveries are kept this long (the admin view counts them), then deleted. */
const KEEP_DELIVERIES_MS = 30 * 24 * HOUR_MS;

export interface RecurringTask {
  name: string;
  /** How often it runs, given the clock sweep's setting (CLOCK_SWEEP_MS). */
  everyMs(clockMs: number): number;
  run(db: Db, now: Date): Promise<number>;
}

/**
 * Every background task, in the order a tick runs them: requests whose start passed with nobody
 * chosen expire, requests with a widening ask whose delay passed with no OK reach their second
 * audience, cares whose end passed wait for the report (and their helpers are asked for it),
 * helpers who have not reported by the next morning are asked again (and parents who have not
 * confirmed a report), both sides of a matched care
 * are reminded a day and an hour before, members with a seat at a meetup the day before, rate-limit counts no limit
 * looks at any more are deleted, organisers whose certification ends within 30 days are reminded
 * (once a period), paid meetups' seats held past their time are freed and the fees owed back are
 * refunded, the municipality dashboard's summaries are brought up to date, old deliveries are
 * deleted, members' data exports are built, and what the retention schedule
 * (lib/privacy/retention.ts) says is due is deleted: among it late cancellations and no-shows whose
 * twelve months are over (deleted, not hidden: DOMAIN.md says they are forgotten). The runner
 * (./runner.ts) runs each on one server at a time.
 */
export const TASKS: readonly RecurringTask[] = [
  { name: "expiry", everyMs: (clock) => clock, run: expireDueRequests },
  { name: "widening", everyMs: (clock) => clock, run: widenDueRequests },
  { name: "end_of_care", everyMs: (clock) => clock, run: storeEndPassed },
  { name: "report_reminders", everyMs: (clock) => clock, run: remindReport },
  { name: "confirm_reminders", everyMs: (clock) => clock, run: remindConfirm },
  { name: "care_reminders", everyMs: (clock) => clock, run: remindCare },
  { name: "meetup_reminders", everyMs: (clock) => clock, run: remindMeetup },
  { name: "rate_limits", everyMs: (clock) => clock, run: pruneLimits },
  { name: "certification_reminders", everyMs: (clock) => clock, run: remindCertificationEnd },
  { name: "meetup_holds", everyMs: (clock) => clock, run: (db, now) => releaseLapsedHolds(db, now) },
  { name: "meetup_refunds", everyMs: (clock) => clock, run: (db, now) => issueDueRefunds(db, now) },
  { name: "statistics", everyMs: (clock) => Math.max(clock, STATS_EVERY_MS), run: refreshStats },
  {
    name: "prune_deliveries",
    everyMs: () => HOUR_MS,
    run: (db, now) => pruneDeliveries(db, new Date(now.getTime() - KEEP_DELIVERIES_MS)),
  },
  { name: "privacy_exports", everyMs: (clock) => clock, run: (db, now) => buildExports(db, appKey, now) },
  { name: "retention", everyMs: () => HOUR_MS, run: applyRetentionSchedule },
];
