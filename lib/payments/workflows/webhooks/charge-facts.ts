import "server-only";
import type Stripe from "stripe";

/** What a charge says about a care's payment, read afresh from Stripe with its balance transaction. */
export type ChargeFacts = {
  requestId: string | null;
  paymentIntentId: string | null;
  chargeId: string;
  feeYen: number | null;
  refunded: boolean;
  disputed: boolean;
  paidAt: Date;
};

export async function chargeFacts(stripe: Stripe, chargeId: string): Promise<ChargeFacts> {
  const charge = await stripe.charges.retrieve(chargeId, { expand: ["balance_transaction"] });
  const txn = charge.balance_transaction;
  const paymentIntentId = typeof charge.payment_intent === "string" ? charge.payment_intent : (charge.payment_intent?.id ?? null);
  let requestId = charge.metadata?.request_id ?? null;
  // A charge carries its PaymentIntent's metadata; when it does not, the PaymentIntent says which care.
  if (!requestId && paymentIntentId) requestId = (await stripe.paymentIntents.retrieve(paymentIntentId)).metadata?.request_id ?? null;
  return {
    requestId,
    paymentIntentId,
    chargeId: charge.id,
    feeYen: txn && typeof txn !== "string" ? txn.fee : null,
    refunded: charge.refunded,
    disputed: charge.disputed,
    paidAt: new Date(charge.created * 1000),
  };
}
