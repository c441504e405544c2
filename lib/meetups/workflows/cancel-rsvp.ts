import "server-only";
import type { Db } from "@/db/client";
import { lockMeetupPaymentOfRsvp, updateMeetupPayment } from "@/db/queries/meetup-payments";
import { cancelRsvpRow, liveRsvps, lockMeetup } from "@/db/queries/meetups";
import { AppError, notFound } from "@/lib/errors";
import { takesSeat } from "@/lib/meetups/capacity";
import { selfCancelRefund } from "@/lib/meetups/paid";
import { rsvpOpen } from "@/lib/meetups/rules";
import { promoteWaitlist } from "./promote";

/**
 * The member gives up their seat (or their place on the waitlist, or a seat held while paying); in
 * the same transaction the first on the waitlist who fits is promoted and told. A fee paid is
 * refunded in full until 24 hours before the start and not after (lib/meetups/paid.ts, stated on
 * the meetup's page before paying): the refund is marked here and asked of Stripe after.
 */
export async function cancelRsvp(
  db: Db,
  memberId: string,
  meetupId: string,
  now: Date,
): Promise<{ promoted: string[]; refund: "full" | "none" | null }> {
  return db.transaction(async (tx) => {
    const meetup = await lockMeetup(tx, meetupId);
    if (!meetup) throw notFound();
    const mine = (await liveRsvps(tx, meetupId)).find((r) => r.memberId === memberId);
    if (!mine) throw notFound();
    if (!rsvpOpen(meetup, now)) throw new AppError("conflict", { key: "meetup_rsvp_closed" });
    await cancelRsvpRow(tx, mine.id, now);
    const payment = await lockMeetupPaymentOfRsvp(tx, mine.id);
    let refund: "full" | "none" | null = null;
    if (payment?.status === "paid") {
      refund = selfCancelRefund(meetup.startsAt, now);
      if (refund === "full") await updateMeetupPayment(tx, payment.id, { refundDueAt: now, updatedAt: now });
    }
    const promoted = takesSeat(mine) ? await promoteWaitlist(tx, meetup, now) : [];
    return { promoted, refund };
  });
}
