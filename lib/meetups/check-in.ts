// Checking attendees in at the venue: what a scanned ticket or a ticked name may do. Pure rules:
// the workflow loads the rows and passes the clock.

/** The check-in desk opens this long before the start… */
export const CHECK_IN_OPENS_BEFORE_MS = 60 * 60_000;
/** …and closes this long after the end (people linger; the organiser ticks the last names). */
export const CHECK_IN_CLOSES_AFTER_MS = 3 * 60 * 60_000;

export interface CheckInMeetup {
  id: string;
  status: "scheduled" | "cancelled";
  startsAt: Date;
  endsAt: Date;
}

export interface CheckInRsvp {
  meetupId: string;
  status: "confirmed" | "waitlisted" | "cancelled" | "held";
  checkedInAt: Date | null;
}

/** Why a ticket (or a ticked name) cannot be checked in; each has its own message under errors.attendance. */
export type CheckInRefusal =
  | "meetup_cancelled"
  | "not_open_yet"
  | "closed"
  | "ticket_unknown"
  | "other_meetup"
  | "rsvp_cancelled"
  | "waitlisted"
  | "unpaid"
  | "already_checked_in";

/** Whether the desk is open for this meetup at `now`: null if it is, or why not. */
export function deskRefusal(meetup: CheckInMeetup, now: Date): CheckInRefusal | null {
  if (meetup.status === "cancelled") return "meetup_cancelled";
  if (now.getTime() < meetup.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS) return "not_open_yet";
  if (now.getTime() > meetup.endsAt.getTime() + CHECK_IN_CLOSES_AFTER_MS) return "closed";
  return null;
}

/** Whether this RSVP may be checked in at this meetup now: null if it may, or why not. */
export function checkInRefusal(meetup: CheckInMeetup, rsvp: CheckInRsvp | null, now: Date): CheckInRefusal | null {
  const desk = deskRefusal(meetup, now);
  if (desk) return desk;
  if (!rsvp) return "ticket_unknown";
  if (rsvp.meetupId !== meetup.id) return "other_meetup";
  if (rsvp.status === "cancelled") return "rsvp_cancelled";
  if (rsvp.status === "waitlisted") return "waitlisted";
  if (rsvp.status === "held") return "unpaid";
  if (rsvp.checkedInAt) return "already_checked_in";
  return null;
}

/**
 * What a walk-in does to a member's RSVP at this meetup: a new checked-in seat, a waitlisted or
 * unchecked seat turned into a checked-in one, or a refusal when they are already checked in.
 */
export function walkInPlan(existing: CheckInRsvp | null): "insert" | "check_in_existing" | "already_checked_in" {
  if (!existing || existing.status === "cancelled") return "insert";
  if (existing.checkedInAt) return "already_checked_in";
  return "check_in_existing";
}

/** The path of a ticket's QR code; the scanner reads the token back from it (ticketTokenFrom). */
export function ticketUrl(origin: string, meetupId: string, token: string): string {
  return `${origin}/meetups/${meetupId}/check-in?ticket=${encodeURIComponent(token)}`;
}

const TOKEN = /^[\w-]{16,100}$/;

/** The ticket token a scanned QR code carries (a ticket URL, or the bare token); null for anything else. */
export function ticketTokenFrom(scanned: string): string | null {
  const text = scanned.trim();
  if (TOKEN.test(text)) return text;
  try {
    const token = new URL(text).searchParams.get("ticket");
    return token && TOKEN.test(token) ? token : null;
  } catch {
    return null;
  }
}
