import "server-only";
import type Stripe from "stripe";
import type { Db } from "@/db/client";

/**
 * One handled event type. `fetch` re-reads the object from Stripe (outside the transaction) so a
 * late or repeated event acts on what is true now; `apply` writes its effect inside the
 * transaction that records the event, and says what it did (kept in stripe_events.outcome).
 */
export interface WebhookHandler<Facts> {
  fetch(stripe: Stripe, event: Stripe.Event): Promise<Facts>;
  apply(tx: Db, facts: Facts, now: Date): Promise<string>;
}
