import "server-only";
import type { Db } from "@/db/client";
import { claimSchedule, dueScheduleNames, ensureSchedules, finishSchedule } from "@/db/queries/job-schedules";
import { type Env, vapidSettings } from "@/lib/env";
import { logger } from "@/lib/log";
import { quietWindow } from "@/lib/notify/quiet-hours";
import { openMailer } from "@/lib/notify/workflows/mailer";
import { type DeliveryOptions, sendDueDeliveries } from "./send-deliveries";
import { openLineClient } from "./send-line";
import { TASKS } from "./tasks";

/** Mails a runner has in flight at once, each on its own SMTP connection of the pool. */
export const SEND_LANES = 8;

/** A recurring task holds its schedule this long; a runner that dies mid-task gives it back after it. */
const TASK_LEASE_MS = 10 * 60_000;

/** Runs each recurring task that is due and that no other runner holds. Returns the names run. */
export async function runDueTasks(db: Db, now: Date, clockMs: number): Promise<string[]> {
  await ensureSchedules(
    db,
    TASKS.map((t) => t.name),
    now,
  );
  // One read for every task, then a claim (which checks again, atomically) for the due ones only:
  // a tick of the runner used to send one claim per task, due or not.
  const due = new Set(await dueScheduleNames(db, now));
  const ran: string[] = [];
  for (const task of TASKS) {
    if (!due.has(task.name)) continue;
    if (!(await claimSchedule(db, task.name, now, task.everyMs(clockMs), TASK_LEASE_MS))) continue;
    let error: string | null = null;
    try {
      await task.run(db, now);
    } catch (e) {
      error = e instanceof Error ? e.name : "error";
      logger().error({ err: e, operation: `job: ${task.name}` }, "background task failed");
    }
    await finishSchedule(db, task.name, new Date(), error);
    ran.push(task.name);
  }
  return ran;
}

/** Sends batches until none is due (or `maxBatches` ran, so a tick ends). Returns how many were handled. */
export async function drainDeliveries(db: Db, o: DeliveryOptions, maxBatches = 20): Promise<number> {
  let handled = 0;
  for (let i = 0; i < maxBatches; i++) {
    const outcomes = await sendDueDeliveries(db, o);
    handled += outcomes.length;
    if (outcomes.length < o.batch) break;
  }
  return handled;
}

export type RunnerSettings = Pick<
  Env,
  | "SMTP_URL"
  | "MAIL_FROM"
  | "AUTH_URL"
  | "PORT"
  | "CLOCK_SWEEP_MS"
  | "JOBS_POLL_MS"
  | "JOBS_LEASE_MS"
  | "JOBS_BATCH"
  | "QUIET_HOURS"
  | "VAPID_PUBLIC_KEY"
  | "VAPID_PRIVATE_KEY"
  | "VAPID_SUBJECT"
  | "LINE_CHANNEL_ACCESS_TOKEN"
  | "LINE_API_URL"
>;

export const publicBaseUrl = (s: Pick<Env, "AUTH_URL" | "PORT">) => s.AUTH_URL ?? `http://localhost:${s.PORT}`;

/**
 * The job runner: every JOBS_POLL_MS it runs the due recurring tasks and sends the due deliveries.
 * One tick at a time; `stop` waits for the tick in progress. Safe to run in several processes at
 * once: rows and schedules are claimed with FOR UPDATE SKIP LOCKED and leases.
 */
export function startJobRunner(db: Db, s: RunnerSettings): { stop(): Promise<void> } {
  const mailer = openMailer(db, s, SEND_LANES);
  const delivery: DeliveryOptions = {
    mailer,
    baseUrl: publicBaseUrl(s),
    batch: s.JOBS_BATCH,
    leaseMs: s.JOBS_LEASE_MS,
    parallel: SEND_LANES,
    quietHours: quietWindow(s.QUIET_HOURS),
    push: vapidSettings(s),
    line: openLineClient(s),
  };
  let current: Promise<void> | null = null;
  let stopped = false;
  const tick = async () => {
    try {
      await runDueTasks(db, new Date(), s.CLOCK_SWEEP_MS);
      await drainDeliveries(db, delivery);
    } catch (e) {
      logger().error({ err: e, operation: "job runner" }, "job runner tick failed");
    }
  };
  const timer = setInterval(() => {
    if (!current && !stopped) current = tick().finally(() => (current = null));
  }, s.JOBS_POLL_MS);
  timer.unref?.();
  current = tick().finally(() => (current = null));
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
      mailer.close();
    },
  };
}
