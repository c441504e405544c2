import "server-only";
import type { Db } from "@/db/client";
import { insertMeetupPayment, lockMeetupPaymentOfRsvp, updateMeetupPayment } from "@/db/queries/meetup-payments";
import type { MeetupRow } from "@/db/queries/meetups";
import { stripeAccountOf } from "@/db/queries/payments";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/messages";
import { checkoutExpiresAt, feeOption, meetupCheckoutKey } from "@/lib/meetups/paid";
import { wasCharged } from "@/lib/payments/status";
import type { CardDeps } from "@/lib/payments/workflows/stripe";

type HeldRsvp = { id: string; memberId: string; holdUntil: Date | null };

/**
 * The Checkout Session that pays a held seat, in the caller's transaction (which holds the
 * meetup's lock): the fee in JPY as the meetup states it (never a figure from a form), charged for
 * the organiser's connected account (destination charge with on_behalf_of, no application fee),
 * under one idempotency key per RSVP and attempt; it closes when the hold ends (no sooner than
 * Stripe allows: the runner closes it when the hold lapses first). A session still open is
 * reused; one that closed unpaid starts the next attempt. Returns where to send the member.
 */
export async function openSeatCheckout(tx: Db, deps: CardDeps, meetup: MeetupRow, rsvp: HeldRsvp, now: Date): Promise<string> {
  const account = await stripeAccountOf(tx, meetup.organiserId);
  if (feeOption({ cardsEnabled: true, organiserChargesEnabled: account?.chargesEnabled ?? null }) !== "ready" || !account)
    throw new AppError("conflict", { key: "meetup_card_unavailable" });
  let payment =
    (await lockMeetupPaymentOfRsvp(tx, rsvp.id)) ??
    (await insertMeetupPayment(tx, {
      rsvpId: rsvp.id,
      meetupId: meetup.id,
      memberId: rsvp.memberId,
      organiserId: meetup.organiserId,
      destinationAccountId: account.accountId,
      amountYen: meetup.feeYen,
      now,
    }));
  if (wasCharged(payment.status)) throw new AppError("conflict", { key: "meetup_already_paid" });
  if (payment.checkoutSessionId) {
    const open = await deps.stripe.checkout.sessions.retrieve(payment.checkoutSessionId);
    if (open.status === "open" && open.url) return open.url;
    if (open.status === "complete") throw new AppError("conflict", { key: "meetup_already_paid" });
    await updateMeetupPayment(tx, payment.id, { checkoutSessionId: null, attempt: payment.attempt + 1, updatedAt: now });
    payment = { ...payment, checkoutSessionId: null, attempt: payment.attempt + 1 };
  }
  const back = `${deps.appUrl}/meetups/${meetup.id}`;
  const metadata = { rsvp_id: rsvp.id, meetup_id: meetup.id, meetup_payment_id: payment.id };
  const session = await deps.stripe.checkout.sessions.create(
    {
      mode: "payment",
      client_reference_id: rsvp.id,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: "jpy",
            unit_amount: payment.amountYen,
            product_data: { name: translator("ja")("meetups.paid.checkoutLine", { title: meetup.title }) },
          },
        },
      ],
      payment_intent_data: {
        on_behalf_of: payment.destinationAccountId,
        transfer_data: { destination: payment.destinationAccountId },
        metadata,
      },
      metadata,
      expires_at: checkoutExpiresAt(rsvp.holdUntil ?? now, now),
      success_url: `${back}?paid=1`,
      cancel_url: back,
    },
    { idempotencyKey: meetupCheckoutKey(rsvp.id, payment.attempt) },
  );
  if (!session.url) throw new Error(`checkout session ${session.id} has no url`);
  await updateMeetupPayment(tx, payment.id, { checkoutSessionId: session.id, updatedAt: now });
  return session.url;
}
