import { db } from "@/db";
import { expireDueRequests } from "@/db/queries/care-expiry";

const EVERY_MS = 60_000;
const holder = globalThis as unknown as { __otagaiExpirySweep?: ReturnType<typeof setInterval> };

/**
 * Expires requests whose start passed with nobody chosen, once a minute, so nobody has to click
 * (pages also sweep when they list requests). Started once per server process; calling it
 * again does nothing. The timer does not keep the process alive.
 */
export function startExpirySweep(everyMs = EVERY_MS): void {
  if (holder.__otagaiExpirySweep) return;
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      await expireDueRequests(db(), new Date());
    } catch (e) {
      console.error("expiry sweep failed", e instanceof Error ? e.message : e);
    } finally {
      running = false;
    }
  };
  holder.__otagaiExpirySweep = setInterval(sweep, everyMs);
  holder.__otagaiExpirySweep.unref?.();
  void sweep();
}

export function stopExpirySweep(): void {
  if (holder.__otagaiExpirySweep) clearInterval(holder.__otagaiExpirySweep);
  holder.__otagaiExpirySweep = undefined;
}
