import "server-only";
import type Stripe from "stripe";
import { applyToPayment } from "./apply-to-payment";
import { type ChargeFacts, chargeFacts } from "./charge-facts";
import type { WebhookHandler } from "./types";

/** The cardholder disputed the charge: the payment is disputed, shown on the care's record. */
export const chargeDisputeCreated: WebhookHandler<ChargeFacts> = {
  async fetch(stripe, event) {
    const dispute = event.data.object as Stripe.Dispute;
    return chargeFacts(stripe, typeof dispute.charge === "string" ? dispute.charge : dispute.charge.id);
  },
  apply: (tx, facts, now) => applyToPayment(tx, facts.requestId, "disputed", facts, now, () => ({ disputedAt: now })),
};
