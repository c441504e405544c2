import { type Capacity, type LiveRsvp, seatsLeft, waitlistPosition } from "./capacity";
import { changeable, type MeetupMoment, rsvpOpen } from "./rules";

export type MeetupPhase = "open" | "started" | "ended" | "cancelled";

/** What a meetup's page says about it and who may do what, decided here for the UI. */
export function meetupView(
  m: MeetupMoment & Capacity & { endsAt: Date; organiserId: string },
  rsvps: readonly LiveRsvp[],
  viewer: { userId: string; mayOrganise: boolean; rsvpId: string | null } | null,
  now: Date,
) {
  const open = rsvpOpen(m, now);
  const phase: MeetupPhase =
    m.status === "cancelled" ? "cancelled" : open ? "open" : now.getTime() < m.endsAt.getTime() ? "started" : "ended";
  const left = seatsLeft(m, rsvps);
  const isOrganiser = viewer !== null && viewer.userId === m.organiserId && viewer.mayOrganise;
  return {
    phase,
    seatsLeft: left,
    full: left.adults === 0,
    waitlistCount: rsvps.filter((r) => r.status === "waitlisted").length,
    /** A signed-in member without a live RSVP, before the start. */
    canRsvp: open && viewer !== null && viewer.rsvpId === null,
    canCancelRsvp: open && viewer?.rsvpId != null,
    waitlistPosition: viewer?.rsvpId ? waitlistPosition(rsvps, viewer.rsvpId) : null,
    isOrganiser,
    canChange: isOrganiser && changeable(m, now),
  };
}
