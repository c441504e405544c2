import "server-only";
import type { Db } from "@/db/client";
import { lockPaymentOfCare, updatePayment } from "@/db/queries/payments";
import { PARTIES, withCare } from "@/lib/care/workflows/with-care";
import { AppError } from "@/lib/errors";
import { wasCharged } from "../status";
import type { CardDeps } from "./stripe";

/**
 * Before the thank-you is confirmed as handed over in cash, the care's open Checkout Session (a
 * card payment begun and left) is expired at Stripe, so the parent cannot also pay by card
 * afterwards. If Stripe says it can no longer be expired, it was paid: the cash confirmation is
 * refused. The next "pay by card" would start a new attempt.
 */
export async function closeOpenCheckout(db: Db, deps: CardDeps, c: { requestId: string; viewerId: string; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    await withCare(tx, c.requestId, c.viewerId, PARTIES, c.now);
    const payment = await lockPaymentOfCare(tx, c.requestId);
    if (!payment) return;
    if (wasCharged(payment.status)) throw new AppError("conflict", { key: "payments.already_paid" });
    if (!payment.checkoutSessionId) return;
    const session = await deps.stripe.checkout.sessions.retrieve(payment.checkoutSessionId);
    if (session.status === "complete") throw new AppError("conflict", { key: "payments.already_paid" });
    if (session.status === "open") await deps.stripe.checkout.sessions.expire(session.id);
    await updatePayment(tx, payment.id, { checkoutSessionId: null, attempt: payment.attempt + 1, updatedAt: c.now });
  });
}
