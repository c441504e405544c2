import "server-only";
import { type Db, db } from "@/db";
import { storeEndPassed } from "@/lib/care/workflows/end-passed";
import { expireDueRequests } from "@/lib/care/workflows/expire-due";

const EVERY_MS = 60_000;
const holder = globalThis as unknown as { __otagaiClockSweep?: ReturnType<typeof setInterval> };

/**
 * One tick: requests whose start passed with nobody chosen expire, and cares whose end passed
 * wait for the report. Each runs on its own, so one failing does not hold the other back.
 */
export async function sweepOnce(database: Db, now: Date): Promise<{ expired: number; ended: number }> {
  const run = async (name: string, work: () => Promise<number>) => {
    try {
      return await work();
    } catch (e) {
      console.error(`clock sweep: ${name} failed`, e instanceof Error ? e.message : e);
      return 0;
    }
  };
  const expired = await run("expiry", () => expireDueRequests(database, now));
  const ended = await run("end of care", () => storeEndPassed(database, now));
  return { expired, ended };
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
      console.error("clock sweep failed", e instanceof Error ? e.message : e);
    } finally {
      running = false;
    }
  };
  holder.__otagaiClockSweep = setInterval(tick, everyMs);
  holder.__otagaiClockSweep.unref?.();
  void tick();
}
