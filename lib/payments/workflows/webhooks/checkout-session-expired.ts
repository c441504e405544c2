import "server-only";
import type Stripe from "stripe";
import { lockPaymentOfCare, paymentOfCare, updatePayment } from "@/db/queries/payments";
import { withCare } from "@/lib/care/workflows/with-care";
import { isUuid } from "@/lib/ids";
import { releaseHold } from "@/lib/meetups/workflows/release-holds";
import type { WebhookHandler } from "./types";

type Facts = { requestId: string | null; rsvpId: string | null; sessionId: string };

/**
 * The Checkout Session timed out unpaid: if it is the payment's current one, the next "pay" starts
 * a new attempt (a new session under a new idempotency key). For a meetup fee, a hold whose time
 * has run out is freed too (the runner does the same on its own clock). Any other session changes nothing.
 */
export const checkoutSessionExpired: WebhookHandler<Facts> = {
  async fetch(_stripe, event) {
    const session = event.data.object as Stripe.Checkout.Session;
    return { requestId: session.metadata?.request_id ?? null, rsvpId: session.metadata?.rsvp_id ?? null, sessionId: session.id };
  },
  async apply(tx, { requestId, rsvpId, sessionId }, now) {
    if (rsvpId) return releaseHold(tx, rsvpId, now, sessionId);
    if (!requestId || !isUuid(requestId) || !(await paymentOfCare(tx, requestId))) return "ignored: no payment for this care";
    // The care first, then its payment: the order paying keeps too.
    await withCare(tx, requestId, "system", ["system"], now);
    const payment = (await lockPaymentOfCare(tx, requestId))!;
    if (payment.status !== "pending" || payment.checkoutSessionId !== sessionId) return "unchanged: not the current session";
    await updatePayment(tx, payment.id, { checkoutSessionId: null, attempt: payment.attempt + 1, updatedAt: now });
    return "expired: next attempt";
  },
};
