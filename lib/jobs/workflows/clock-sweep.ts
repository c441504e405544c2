import "server-only";
import { type Db, db } from "@/db";
import { storeEndPassed } from "@/lib/care/workflows/end-passed";
import { expireDueRequests } from "@/lib/care/workflows/expire-due";
import { pruneLimits } from "@/lib/limits/workflows/hit";
import { logger } from "@/lib/log";
import { remindCertificationEnd } from "@/lib/members/workflows/remind-certification-end";
import { refreshStats } from "@/lib/stats/workflows/refresh";

const EVERY_MS = 60_000;
/** The municipality dashboard's summaries are refreshed at most this often (a city's requests are many). */
const STATS_EVERY_MS = 10 * 60_000;
const holder = globalThis as unknown as { __otagaiClockSweep?: ReturnType<typeof setInterval>; __otagaiStatsAt?: number };

/**
 * One tick: requests whose start passed with nobody chosen expire, cares whose end passed wait
 * for the report, rate-limit counts no limit looks at any more are deleted, organisers whose
 * certification ends within 30 days are reminded (once a period), and every ten minutes the
 * municipality dashboard's summaries are brought up to date. Each runs on its own, so one failing
 * does not hold the others back.
 */
export async function sweepOnce(database: Db, now: Date): Promise<{ expired: number; ended: number; pruned: number; reminded: number }> {
  const run = async (name: string, work: () => Promise<number>) => {
    try {
      return await work();
    } catch (e) {
      logger().error({ err: e, operation: `clock sweep: ${name}` }, "clock sweep step failed");
      return 0;
    }
  };
  const expired = await run("expiry", () => expireDueRequests(database, now));
  const ended = await run("end of care", () => storeEndPassed(database, now));
  const pruned = await run("rate limits", () => pruneLimits(database, now));
  const reminded = await run("certification reminders", () => remindCertificationEnd(database, now));
  if (now.getTime() - (holder.__otagaiStatsAt ?? 0) >= STATS_EVERY_MS) {
    holder.__otagaiStatsAt = now.getTime();
    await run("statistics summaries", () => refreshStats(database, now));
  }
  return { expired, ended, pruned, reminded };
}

/**
 * Sweeps once a minute, so nobody has to click for the clock to be stored (pages show it
 * through effectiveState meanwhile). Started once per server process; calling it again does
 * nothing. The timer does not keep the process alive.
 */
export function startClockSweep(everyMs = EVERY_MS): void {
  if (holder.__otagaiClockSweep) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sweepOnce(db(), new Date());
    } catch (e) {
      logger().error({ err: e, operation: "clock sweep" }, "clock sweep failed");
    } finally {
      running = false;
    }
  };
  holder.__otagaiClockSweep = setInterval(tick, everyMs);
  holder.__otagaiClockSweep.unref?.();
  void tick();
}
