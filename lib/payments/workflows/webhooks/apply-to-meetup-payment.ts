import "server-only";
import type { Db } from "@/db/client";
import { lockMeetupPaymentOfRsvp, type MeetupPaymentRow, updateMeetupPayment } from "@/db/queries/meetup-payments";
import { cancelRsvpRow, confirmHeldRsvp, liveRsvps, lockMeetup, lockRsvp, rsvpMeetupId } from "@/db/queries/meetups";
import { isUuid } from "@/lib/ids";
import { seatFor } from "@/lib/meetups/capacity";
import { holdLive, seatOnPayment, withoutLapsedHolds } from "@/lib/meetups/paid";
import { rsvpOpen } from "@/lib/meetups/rules";
import { meetupNoticeData, promoteWaitlist } from "@/lib/meetups/workflows/promote";
import { notify } from "@/lib/notify/workflows/notify";
import { advance, type PaymentStatus, wasCharged } from "../../status";
import type { ChargeFacts } from "./charge-facts";

/**
 * The meetup-fee side of the payment events: lock the meetup, the RSVP, then its payment (the
 * order the RSVP workflows keep), record what the charge says where still unknown, move the status
 * forward if the event is further along, and, the first time the fee is seen paid, decide the
 * seat (lib/meetups/paid.ts seatOnPayment): confirmed, or the fee refunded in full when the seat
 * is no longer there to give (the refund is asked of Stripe after the transaction). An event that
 * is behind changes nothing.
 */
export async function applyToMeetupPayment(
  tx: Db,
  rsvpId: string | null,
  to: PaymentStatus,
  charge: Omit<ChargeFacts, "requestId" | "rsvpId" | "refunded" | "disputed"> | null,
  now: Date,
  extra: (p: MeetupPaymentRow) => Partial<MeetupPaymentRow> = () => ({}),
): Promise<string> {
  const meetupId = rsvpId && isUuid(rsvpId) ? await rsvpMeetupId(tx, rsvpId) : null;
  if (!rsvpId || !meetupId) return "ignored: no such RSVP";
  const meetup = (await lockMeetup(tx, meetupId))!;
  const rsvp = (await lockRsvp(tx, rsvpId))!;
  const payment = await lockMeetupPaymentOfRsvp(tx, rsvpId);
  if (!payment) return "ignored: no payment for this RSVP";
  const next = advance(payment.status, to);
  await updateMeetupPayment(tx, payment.id, {
    paymentIntentId: payment.paymentIntentId ?? charge?.paymentIntentId ?? null,
    chargeId: payment.chargeId ?? charge?.chargeId ?? null,
    feeYen: payment.feeYen ?? charge?.feeYen ?? null,
    ...(next && charge ? { paidAt: payment.paidAt ?? charge.paidAt } : {}),
    ...(next ? { status: next, ...extra(payment) } : {}),
    updatedAt: now,
  });
  if (!next) return `unchanged: already ${payment.status}`;
  if (wasCharged(payment.status) || next !== "paid") return next;
  const others = withoutLapsedHolds(await liveRsvps(tx, meetupId), now).filter((r) => r.id !== rsvpId);
  const seat = seatOnPayment({
    rsvpStatus: rsvp.status,
    meetupOpen: rsvpOpen(meetup, now),
    holdLive: holdLive(rsvp, now),
    fits: seatFor(meetup, others, rsvp) === "confirmed",
  });
  const data = { ...meetupNoticeData(meetup), yen: payment.amountYen };
  if (seat === "confirm") await confirmHeldRsvp(tx, rsvpId);
  if (seat === "refund") {
    if (rsvp.status !== "cancelled") {
      await cancelRsvpRow(tx, rsvpId, now);
      await promoteWaitlist(tx, meetup, now);
    }
    await updateMeetupPayment(tx, payment.id, { refundDueAt: now, updatedAt: now });
  }
  await notify(tx, { userId: rsvp.memberId, kind: seat === "refund" ? "meetup_paid_refunded" : "meetup_paid", data });
  return seat === "refund" ? "paid: seat gone, refund due" : "paid: seat confirmed";
}
