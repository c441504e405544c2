import "server-only";
import type Stripe from "stripe";
import type { Db } from "@/db/client";
import { lockMeetupPaymentOfRsvp, meetupPaymentOfRsvp, updateMeetupPayment } from "@/db/queries/meetup-payments";
import { cancelRsvpRow, lapsedHolds, lockMeetup, lockRsvp, rsvpMeetupId } from "@/db/queries/meetups";
import { isUuid } from "@/lib/ids";
import { logger } from "@/lib/log";
import { holdLapsed } from "@/lib/meetups/paid";
import { notify } from "@/lib/notify/workflows/notify";
import { cardDeps } from "@/lib/payments/workflows/stripe";
import { meetupNoticeData, promoteWaitlist } from "./promote";

/**
 * One RSVP's hold, in the caller's transaction: when `sessionId` is its current Checkout Session
 * (or none is named), that session is done and the next "pay" starts a new attempt; when the
 * hold's time has run out, the seat is freed, given to the waitlist, and the member told.
 * Says what it did (kept as a webhook's outcome).
 */
export async function releaseHold(tx: Db, rsvpId: string, now: Date, sessionId: string | null = null): Promise<string> {
  const meetupId = isUuid(rsvpId) ? await rsvpMeetupId(tx, rsvpId) : null;
  if (!meetupId) return "ignored: no such RSVP";
  const meetup = (await lockMeetup(tx, meetupId))!;
  const rsvp = (await lockRsvp(tx, rsvpId))!;
  const payment = await lockMeetupPaymentOfRsvp(tx, rsvpId);
  // A member promoted to a paid seat may never have opened Checkout: no payment, the hold alone.
  // A fee paid confirms the seat when its event arrives; one refunded or disputed no longer holds it.
  if (payment?.status === "paid") return "unchanged: already paid";
  if (sessionId && payment?.checkoutSessionId !== sessionId) return "unchanged: not the current session";
  if (payment?.status === "pending" && payment.checkoutSessionId)
    await updateMeetupPayment(tx, payment.id, { checkoutSessionId: null, attempt: payment.attempt + 1, updatedAt: now });
  if (!holdLapsed(rsvp, now)) return "expired: next attempt";
  await cancelRsvpRow(tx, rsvpId, now);
  await promoteWaitlist(tx, meetup, now);
  await notify(tx, { userId: rsvp.memberId, kind: "meetup_hold_lapsed", data: meetupNoticeData(meetup) });
  return "expired: seat freed";
}

/**
 * The runner's task: every held seat whose time ran out is freed. Its open Checkout Session is
 * closed at Stripe first, so it cannot be paid afterwards; if Stripe says it was paid meanwhile,
 * the seat is left for checkout.session.completed to confirm. Returns how many were freed.
 */
export async function releaseLapsedHolds(db: Db, now: Date, stripe: Stripe | null = cardDeps()?.stripe ?? null): Promise<number> {
  let freed = 0;
  for (const hold of await lapsedHolds(db, now)) {
    const payment = await meetupPaymentOfRsvp(db, hold.id);
    if (stripe && payment?.checkoutSessionId) {
      try {
        const session = await stripe.checkout.sessions.retrieve(payment.checkoutSessionId);
        if (session.status === "complete") continue;
        if (session.status === "open") await stripe.checkout.sessions.expire(session.id);
      } catch (error) {
        logger().warn(
          { rsvp: hold.id, err: error instanceof Error ? error.message : String(error) },
          "meetup hold: could not close checkout",
        );
        continue;
      }
    }
    const outcome = await db.transaction((tx) => releaseHold(tx, hold.id, now));
    if (outcome === "expired: seat freed") freed += 1;
  }
  return freed;
}
