import "server-only";
import type Stripe from "stripe";
import { applyToMeetupPayment } from "./apply-to-meetup-payment";
import { applyToPayment } from "./apply-to-payment";
import { type ChargeFacts, chargeFacts } from "./charge-facts";
import type { WebhookHandler } from "./types";

/** The charge was refunded in full: the payment is refunded (it may arrive before checkout.session.completed). */
export const chargeRefunded: WebhookHandler<ChargeFacts> = {
  fetch: (stripe, event) => chargeFacts(stripe, (event.data.object as Stripe.Charge).id),
  async apply(tx, facts, now) {
    if (!facts.refunded) return "ignored: partly refunded";
    if (facts.rsvpId) return applyToMeetupPayment(tx, facts.rsvpId, "refunded", facts, now, () => ({ refundedAt: now }));
    return applyToPayment(tx, facts.requestId, "refunded", facts, now, () => ({ refundedAt: now }));
  },
};
