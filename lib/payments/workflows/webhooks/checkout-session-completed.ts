import "server-only";
import type Stripe from "stripe";
import { applyToMeetupPayment } from "./apply-to-meetup-payment";
import { applyToPayment } from "./apply-to-payment";
import { type ChargeFacts, chargeFacts } from "./charge-facts";
import type { WebhookHandler } from "./types";

type Facts = { requestId: string | null; rsvpId: string | null; paid: boolean; charge: ChargeFacts | null };

/**
 * The parent paid on Checkout: the payment is paid (unless a later event got there first) and the
 * care settled. A meetup fee paid confirms the seat it held.
 */
export const checkoutSessionCompleted: WebhookHandler<Facts> = {
  async fetch(stripe, event) {
    const sent = event.data.object as Stripe.Checkout.Session;
    const session = await stripe.checkout.sessions.retrieve(sent.id);
    const pi =
      typeof session.payment_intent === "string" ? await stripe.paymentIntents.retrieve(session.payment_intent) : session.payment_intent;
    const chargeId = typeof pi?.latest_charge === "string" ? pi.latest_charge : (pi?.latest_charge?.id ?? null);
    return {
      requestId: session.metadata?.request_id ?? null,
      rsvpId: session.metadata?.rsvp_id ?? null,
      paid: session.payment_status === "paid",
      charge: chargeId ? await chargeFacts(stripe, chargeId) : null,
    };
  },
  async apply(tx, facts, now) {
    if (!facts.paid || !facts.charge) return "ignored: not paid";
    if (facts.rsvpId) return applyToMeetupPayment(tx, facts.rsvpId, "paid", facts.charge, now);
    return applyToPayment(tx, facts.requestId, "paid", facts.charge, now);
  },
};
