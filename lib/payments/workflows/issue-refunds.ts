import "server-only";
import type Stripe from "stripe";
import type { Db } from "@/db/client";
import { markMeetupRefundRequested, refundsDue } from "@/db/queries/meetup-payments";
import { logger } from "@/lib/log";
import { cardDeps } from "./stripe";

/** The Idempotency-Key of a payment's full refund: asking twice (a retry, two servers) refunds once. */
export const refundKey = (paymentId: string) => `otagai-refund-${paymentId}`;

/**
 * A full refund of a charge made for a connected account: the transfer to that account is
 * reversed with it (`reverse_transfer`), so the organiser or helper gives back what they received.
 */
export async function refundCharge(stripe: Stripe, chargeId: string, paymentId: string): Promise<void> {
  await stripe.refunds.create(
    { charge: chargeId, reverse_transfer: true, metadata: { payment_id: paymentId } },
    { idempotencyKey: refundKey(paymentId) },
  );
}

/**
 * Asks Stripe for every meetup-fee refund owed (marked in the transaction that decided it: the
 * meetup cancelled, the member cancelled in time, a seat lost before its fee arrived). Called right
 * after such a command, and by the runner, which retries any that failed. The status moves to
 * refunded on charge.refunded. Returns how many were asked.
 */
export async function issueDueRefunds(db: Db, now: Date, stripe: Stripe | null = cardDeps()?.stripe ?? null): Promise<number> {
  if (!stripe) return 0;
  let asked = 0;
  for (const payment of await refundsDue(db)) {
    try {
      await refundCharge(stripe, payment.chargeId!, payment.id);
    } catch (error) {
      logger().warn({ payment: payment.id, err: error instanceof Error ? error.message : String(error) }, "meetup refund failed");
      continue;
    }
    if (await markMeetupRefundRequested(db, payment.id, now)) asked += 1;
  }
  return asked;
}
