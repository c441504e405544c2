import "server-only";
import type Stripe from "stripe";

/** What a charge says about a care's payment, read afresh from Stripe with its balance transaction. */
export type ChargeFacts = {
  requestId: string | null;
  /** A meetup fee's charge names its RSVP instead of a care. */
  rsvpId: string | null;
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
  let metadata = charge.metadata ?? {};
  // A charge carries its PaymentIntent's metadata; when it does not, the PaymentIntent says which care or RSVP.
  if (!metadata.request_id && !metadata.rsvp_id && paymentIntentId)
    metadata = (await stripe.paymentIntents.retrieve(paymentIntentId)).metadata ?? {};
  return {
    requestId: metadata.request_id ?? null,
    rsvpId: metadata.rsvp_id ?? null,
    paymentIntentId,
    chargeId: charge.id,
    feeYen: txn && typeof txn !== "string" ? txn.fee : null,
    refunded: charge.refunded,
    disputed: charge.disputed,
    paidAt: new Date(charge.created * 1000),
  };
}
