import "server-only";
import type { Db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { cancelRsvpRow, insertRsvp, liveRsvps, lockMeetup } from "@/db/queries/meetups";
import { AppError, notFound } from "@/lib/errors";
import { type Party, seatFor } from "@/lib/meetups/capacity";
import { holdLapsed, holdUntil, withoutLapsedHolds } from "@/lib/meetups/paid";
import { partyProblem, rsvpOpen } from "@/lib/meetups/rules";
import type { CardDeps } from "@/lib/payments/workflows/stripe";
import { openSeatCheckout } from "./open-seat-checkout";

export type RsvpResult = { rsvpId: string; status: "confirmed" | "waitlisted" | "held"; checkoutUrl: string | null };

/**
 * A seat for the member's party, or a place on the waitlist when it does not fit. At a paid meetup
 * the seat is held for 15 minutes while the member pays on Checkout (the hold counts against the
 * capacity; lib/meetups/paid.ts). The meetup row is locked first, so RSVPs to one meetup are
 * decided one at a time, in arrival order. A hold of the member's own that lapsed is given up first.
 */
export async function rsvp(
  db: Db,
  memberId: string,
  meetupId: string,
  party: Party,
  now: Date,
  deps: CardDeps | null = null,
): Promise<RsvpResult> {
  try {
    return await db.transaction(async (tx) => {
      const meetup = await lockMeetup(tx, meetupId);
      if (!meetup) throw notFound();
      if (!rsvpOpen(meetup, now)) throw new AppError("conflict", { key: "meetup_rsvp_closed" });
      const problem = partyProblem(meetup, party);
      if (problem) {
        const max = problem === "meetup_too_many_adults" ? meetup.capacityAdults : meetup.capacityChildren;
        throw new AppError("invalid_input", {
          key: `field.${problem}`,
          values: { max },
          field: problem === "meetup_too_many_adults" ? "adults" : "children",
        });
      }
      const paid = meetup.feeYen > 0;
      if (paid && !deps) throw new AppError("conflict", { key: "meetup_card_unavailable" });
      const all = await liveRsvps(tx, meetupId);
      const lapsed = all.find((r) => r.memberId === memberId && holdLapsed(r, now));
      if (lapsed) await cancelRsvpRow(tx, lapsed.id, now);
      const rsvps = withoutLapsedHolds(all, now);
      if (rsvps.some((r) => r.memberId === memberId)) throw new AppError("conflict", { key: "meetup_already_rsvped" });
      const seat = seatFor(meetup, rsvps, party);
      const status = seat === "confirmed" && paid ? "held" : seat;
      const until = status === "held" ? holdUntil(now) : null;
      const rsvpId = await insertRsvp(tx, { meetupId, memberId, ...party, status, holdUntil: until, createdAt: now });
      const checkoutUrl =
        status === "held" && deps ? await openSeatCheckout(tx, deps, meetup, { id: rsvpId, memberId, holdUntil: until }, now) : null;
      return { rsvpId, status, checkoutUrl };
    });
  } catch (e) {
    // The lock makes this rare; the index is the last word on "one seat each".
    if (isUniqueViolation(e, "meetup_rsvps_one_live")) throw new AppError("conflict", { key: "meetup_already_rsvped" });
    throw e;
  }
}
