import "server-only";
import type { Db } from "@/db/client";
import { liveRsvps, lockMeetup } from "@/db/queries/meetups";
import { AppError, notFound } from "@/lib/errors";
import { holdLive } from "@/lib/meetups/paid";
import { rsvpOpen } from "@/lib/meetups/rules";
import type { CardDeps } from "@/lib/payments/workflows/stripe";
import { openSeatCheckout } from "./open-seat-checkout";

/**
 * The member pays for the seat held for them (just taken, or given from the waitlist with a
 * deadline): the open Checkout Session, or a new attempt. A hold that ran out is refused.
 */
export async function payForSeat(db: Db, deps: CardDeps, c: { memberId: string; meetupId: string; now: Date }): Promise<{ url: string }> {
  return db.transaction(async (tx) => {
    const meetup = await lockMeetup(tx, c.meetupId);
    if (!meetup) throw notFound();
    const mine = (await liveRsvps(tx, c.meetupId)).find((r) => r.memberId === c.memberId);
    if (!mine) throw notFound();
    if (!rsvpOpen(meetup, c.now)) throw new AppError("conflict", { key: "meetup_rsvp_closed" });
    if (mine.status === "confirmed") throw new AppError("conflict", { key: "meetup_already_paid" });
    if (!holdLive(mine, c.now)) throw new AppError("conflict", { key: "meetup_hold_lapsed" });
    return { url: await openSeatCheckout(tx, deps, meetup, mine, c.now) };
  });
}
