import { describe, expect, it } from "vitest";
import { meetupView } from "./view";

const m = {
  status: "scheduled" as const,
  startsAt: new Date("2026-12-05T10:00:00+09:00"),
  endsAt: new Date("2026-12-05T11:30:00+09:00"),
  capacityAdults: 2,
  capacityChildren: 2,
  organiserId: "org",
};
const before = new Date("2026-12-01T00:00:00+09:00");
const rsvps = [
  { id: "a", seq: 1, status: "confirmed" as const, adults: 2, children: 1 },
  { id: "b", seq: 2, status: "waitlisted" as const, adults: 1, children: 0 },
];

describe("meetupView", () => {
  it("shows seats, the waitlist and what the viewer may do", () => {
    const v = meetupView(m, rsvps, { userId: "x", mayOrganise: false, rsvpId: "b" }, before);
    expect(v).toMatchObject({ phase: "open", full: true, waitlistCount: 1, canRsvp: false, canCancelRsvp: true, waitlistPosition: 1 });
    expect(v.seatsLeft).toEqual({ adults: 0, children: 1 });
    expect(meetupView(m, [], null, before)).toMatchObject({ canRsvp: false, isOrganiser: false, full: false });
  });

  it("lets the organiser change it only while certified and before the start", () => {
    expect(meetupView(m, [], { userId: "org", mayOrganise: true, rsvpId: null }, before).canChange).toBe(true);
    expect(meetupView(m, [], { userId: "org", mayOrganise: false, rsvpId: null }, before).canChange).toBe(false);
    const during = meetupView(m, [], { userId: "org", mayOrganise: true, rsvpId: null }, new Date("2026-12-05T10:30:00+09:00"));
    expect(during).toMatchObject({ phase: "started", canChange: false, canRsvp: false });
    expect(meetupView(m, [], null, new Date("2026-12-06T00:00:00+09:00")).phase).toBe("ended");
    expect(meetupView({ ...m, status: "cancelled" }, [], null, before).phase).toBe("cancelled");
  });
});
