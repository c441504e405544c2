import "server-only";
import type Stripe from "stripe";
import type { Db } from "@/db/client";
import { recordStripeEvent, setStripeEventOutcome } from "@/db/queries/payments";
import { accountUpdated } from "./webhooks/account-updated";
import { chargeDisputeCreated } from "./webhooks/charge-dispute-created";
import { chargeRefunded } from "./webhooks/charge-refunded";
import { checkoutSessionCompleted } from "./webhooks/checkout-session-completed";
import { checkoutSessionExpired } from "./webhooks/checkout-session-expired";
import { paymentIntentPaymentFailed } from "./webhooks/payment-intent-payment-failed";
import type { WebhookHandler } from "./webhooks/types";

/** The events Otagai acts on, one handler file each; any other type is acknowledged and changes nothing. */
const HANDLERS: Record<string, WebhookHandler<unknown>> = {
  "checkout.session.completed": checkoutSessionCompleted,
  "checkout.session.expired": checkoutSessionExpired,
  "payment_intent.payment_failed": paymentIntentPaymentFailed,
  "charge.refunded": chargeRefunded,
  "charge.dispute.created": chargeDisputeCreated,
  "account.updated": accountUpdated,
};

export type EventResult = "applied" | "duplicate" | "unhandled";

/**
 * Applies one verified Stripe event exactly once: its handler re-reads the object from Stripe,
 * then, in one transaction, the event id is recorded in stripe_events and the effect written; a
 * second delivery of the same id finds the row and changes nothing. Events may come in any order.
 */
export async function applyStripeEvent(db: Db, stripe: Stripe, event: Stripe.Event, now: Date): Promise<EventResult> {
  const handler = HANDLERS[event.type];
  if (!handler) return "unhandled";
  const facts = await handler.fetch(stripe, event);
  return db.transaction(async (tx) => {
    if (!(await recordStripeEvent(tx, { id: event.id, type: event.type, outcome: "applying", now }))) return "duplicate";
    await setStripeEventOutcome(tx, event.id, await handler.apply(tx, facts, now));
    return "applied";
  });
}
