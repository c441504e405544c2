import "server-only";
import type { Db } from "@/db/client";
import { lockRsvpAt, lockRsvpByTicket, markCheckedIn, memberName } from "@/db/queries/meetup-attendance";
import { lockOrganisedMeetup } from "@/db/queries/meetups";
import { AppError, notFound } from "@/lib/errors";
import { type CheckInRefusal, checkInRefusal } from "@/lib/meetups/check-in";

/** How the organiser named the seat: a scanned ticket, or a name ticked on the list. */
export type Seat = { ticket: string } | { rsvpId: string };

/** A refusal the organiser reads at the desk, with the attendee's name when the ticket named one. */
export function checkInError(refusal: CheckInRefusal, name: string | null): AppError {
  const code = refusal === "already_checked_in" ? "conflict" : "invalid_input";
  return new AppError(code, { key: `attendance.${refusal}`, values: { name: name ?? "" } });
}

/**
 * The organiser of the meetup (and nobody else: anyone else is told it does not exist) checks one
 * seat in. A ticket of another meetup, a cancelled or waitlisted RSVP, a second scan, or a desk
 * that is not open are refused, each with its own message, and nothing changes.
 */
export async function checkIn(db: Db, organiserId: string, meetupId: string, seat: Seat, now: Date): Promise<{ name: string }> {
  return db.transaction(async (tx) => {
    const meetup = await lockOrganisedMeetup(tx, meetupId, organiserId);
    if (!meetup) throw notFound();
    const rsvp = "ticket" in seat ? await lockRsvpByTicket(tx, seat.ticket) : await lockRsvpAt(tx, meetupId, seat.rsvpId);
    // A ticked name that is not on this meetup's list names nothing.
    if ("rsvpId" in seat && !rsvp) throw notFound();
    // The name of another meetup's attendee is none of this organiser's business.
    const name = rsvp && rsvp.meetupId === meetup.id ? await memberName(tx, rsvp.memberId) : null;
    const refusal = checkInRefusal(meetup, rsvp, now);
    if (refusal) throw checkInError(refusal, name);
    await markCheckedIn(tx, rsvp!.id, organiserId, now);
    return { name: name ?? "" };
  });
}
