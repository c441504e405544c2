import "server-only";
import type { Db } from "@/db/client";
import { confirmHandOver } from "@/lib/care/workflows/confirm-hand-over";
import { closeOpenCheckout } from "./close-open-checkout";
import type { CardDeps } from "./stripe";

/**
 * One side confirms the cash hand-over; while card payments are on, a card payment begun and left
 * open is closed first, so one thank-you is never paid twice. Without a Stripe key: exactly the
 * cash confirmation as before.
 */
export async function handOverCash(
  db: Db,
  deps: CardDeps | null,
  c: { requestId: string; viewerId: string; now: Date },
): Promise<{ settled: boolean }> {
  // One transaction, so the care row stays locked from closing the open Checkout to confirming the
  // cash: a "pay by card" in between would otherwise start a new session on a care settled in cash.
  return db.transaction(async (tx) => {
    if (deps) await closeOpenCheckout(tx, deps, c);
    return confirmHandOver(tx, c);
  });
}
