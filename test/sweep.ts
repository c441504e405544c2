import type { Db } from "@/db/client";
import { TASKS } from "@/lib/jobs/workflows/tasks";

/**
 * The runner's clock tasks once, in order, without the schedule (tests move the clock by days).
 * Unlike the runner, which logs a failing task and goes on, a failure here fails the test.
 */
export async function sweepOnce(
  db: Db,
  now: Date,
): Promise<{ expired: number; ended: number; remindedToReport: number; pruned: number; reminded: number }> {
  const run = (name: string) => TASKS.find((t) => t.name === name)!.run(db, now);
  const expired = await run("expiry");
  const ended = await run("end_of_care");
  const remindedToReport = await run("report_reminders");
  const pruned = await run("rate_limits");
  const reminded = await run("certification_reminders");
  return { expired, ended, remindedToReport, pruned, reminded };
}
