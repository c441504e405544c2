import "server-only";
import type { Db } from "@/db/client";
import { isBlockedEitherWay } from "@/db/queries/connections";
import { findWalkInMember, insertWalkIn, lockLiveRsvp, markCheckedIn } from "@/db/queries/meetup-attendance";
import { lockOrganisedMeetup } from "@/db/queries/meetups";
import { notFound } from "@/lib/errors";
import { deskRefusal, walkInPlan } from "@/lib/meetups/check-in";
import { checkInError } from "./check-in";

/**
 * A member who came without a seat (found by name in the meetup's municipality) is added at the
 * desk: a confirmed, checked-in seat marked as a walk-in. A member already on the list (a seat not
 * yet checked in, or a waitlist place) is checked in on that row instead; one already checked in
 * is refused. Members the organiser may not find (another town, suspended, blocked) are "not found".
 */
export async function addWalkIn(
  db: Db,
  organiserId: string,
  w: { meetupId: string; memberId: string; adults: number; children: number },
  now: Date,
): Promise<{ name: string }> {
  return db.transaction(async (tx) => {
    const meetup = await lockOrganisedMeetup(tx, w.meetupId, organiserId);
    if (!meetup) throw notFound();
    const member = w.memberId === organiserId ? null : await findWalkInMember(tx, w.memberId, meetup.municipalityId);
    if (!member || (await isBlockedEitherWay(tx, organiserId, member.userId))) throw notFound();
    const desk = deskRefusal(meetup, now);
    if (desk) throw checkInError(desk, member.displayName);
    const existing = await lockLiveRsvp(tx, meetup.id, member.userId);
    const plan = walkInPlan(existing);
    if (plan === "already_checked_in") throw checkInError(plan, member.displayName);
    if (plan === "check_in_existing") {
      await markCheckedIn(tx, existing!.id, organiserId, now, { walkIn: existing!.status !== "confirmed" });
    } else {
      await insertWalkIn(tx, {
        meetupId: meetup.id,
        memberId: member.userId,
        adults: w.adults,
        children: w.children,
        by: organiserId,
        now,
      });
    }
    return { name: member.displayName };
  });
}
