import "server-only";
import type Stripe from "stripe";
import type { WebhookHandler } from "./types";

type Facts = { requestId: string | null; code: string | null };

/**
 * A card was declined on Checkout. The session stays open and the parent may try another card
 * there, so the payment stays pending: the event is only kept, with the decline code.
 */
export const paymentIntentPaymentFailed: WebhookHandler<Facts> = {
  async fetch(_stripe, event) {
    const pi = event.data.object as Stripe.PaymentIntent;
    return { requestId: pi.metadata?.request_id ?? null, code: pi.last_payment_error?.code ?? null };
  },
  async apply(_tx, facts) {
    return `declined: ${facts.code ?? "unknown"}${facts.requestId ? ` (care ${facts.requestId})` : ""}`;
  },
};
