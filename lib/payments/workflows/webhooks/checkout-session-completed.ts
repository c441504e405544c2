import "server-only";
import type Stripe from "stripe";
import { applyToPayment } from "./apply-to-payment";
import { type ChargeFacts, chargeFacts } from "./charge-facts";
import type { WebhookHandler } from "./types";

type Facts = { requestId: string | null; paid: boolean; charge: ChargeFacts | null };

/** The parent paid on Checkout: the payment is paid (unless a later event got there first) and the care settled. */
export const checkoutSessionCompleted: WebhookHandler<Facts> = {
  async fetch(stripe, event) {
    const sent = event.data.object as Stripe.Checkout.Session;
    const session = await stripe.checkout.sessions.retrieve(sent.id);
    const pi =
      typeof session.payment_intent === "string" ? await stripe.paymentIntents.retrieve(session.payment_intent) : session.payment_intent;
    const chargeId = typeof pi?.latest_charge === "string" ? pi.latest_charge : (pi?.latest_charge?.id ?? null);
    return {
      requestId: session.metadata?.request_id ?? null,
      paid: session.payment_status === "paid",
      charge: chargeId ? await chargeFacts(stripe, chargeId) : null,
    };
  },
  async apply(tx, facts, now) {
    if (!facts.paid || !facts.charge) return "ignored: not paid";
    return applyToPayment(tx, facts.requestId, "paid", facts.charge, now);
  },
};
