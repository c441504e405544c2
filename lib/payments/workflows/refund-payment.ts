import "server-only";
import type { Db } from "@/db/client";
import { type CardPaymentKind, lockCardPayment, markRefundRequested } from "@/db/queries/payments";
import { AppError, notFound } from "@/lib/errors";
import { refundable } from "../refund";
import { refundCharge } from "./issue-refunds";
import type { CardDeps } from "./stripe";

/**
 * An admin refunds a card payment (a care's thank-you or a meetup fee) in full, the transfer to the
 * helper's or organiser's account reversed with it. The payment row is locked and the refund asked
 * under one idempotency key per payment, so a double click refunds once; the status moves to
 * refunded when charge.refunded arrives (lib/payments/status only moves forward).
 */
export async function refundPayment(db: Db, deps: CardDeps, c: { kind: CardPaymentKind; paymentId: string; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const payment = await lockCardPayment(tx, c.kind, c.paymentId);
    if (!payment) throw notFound();
    if (!refundable(payment) || !payment.chargeId) throw new AppError("conflict", { key: "payments.not_refundable" });
    await refundCharge(deps.stripe, payment.chargeId, payment.id);
    await markRefundRequested(tx, c.kind, payment.id, c.now);
  });
}
