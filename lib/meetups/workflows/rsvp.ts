import "server-only";
import type { Db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { insertRsvp, liveRsvps, lockMeetup } from "@/db/queries/meetups";
import { AppError, notFound } from "@/lib/errors";
import { type Party, seatFor } from "@/lib/meetups/capacity";
import { partyProblem, rsvpOpen } from "@/lib/meetups/rules";

/**
 * A seat for the member's party, or a place on the waitlist when it does not fit. The meetup row
 * is locked first, so RSVPs to one meetup are decided one at a time, in arrival order.
 */
export async function rsvp(
  db: Db,
  memberId: string,
  meetupId: string,
  party: Party,
  now: Date,
): Promise<{ rsvpId: string; status: "confirmed" | "waitlisted" }> {
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
      const rsvps = await liveRsvps(tx, meetupId);
      if (rsvps.some((r) => r.memberId === memberId)) throw new AppError("conflict", { key: "meetup_already_rsvped" });
      const status = seatFor(meetup, rsvps, party);
      const rsvpId = await insertRsvp(tx, { meetupId, memberId, ...party, status, createdAt: now });
      return { rsvpId, status };
    });
  } catch (e) {
    // The lock makes this rare; the index is the last word on "one seat each".
    if (isUniqueViolation(e, "meetup_rsvps_one_live")) throw new AppError("conflict", { key: "meetup_already_rsvped" });
    throw e;
  }
}
