import { describe, expect, it } from "vitest";
import {
  CHECK_IN_CLOSES_AFTER_MS,
  CHECK_IN_OPENS_BEFORE_MS,
  checkInRefusal,
  deskRefusal,
  ticketTokenFrom,
  ticketUrl,
  walkInPlan,
} from "./check-in";

const startsAt = new Date("2026-12-05T10:00:00+09:00");
const endsAt = new Date("2026-12-05T12:00:00+09:00");
const meetup = { id: "m1", status: "scheduled" as const, startsAt, endsAt };
const seat = { meetupId: "m1", status: "confirmed" as const, checkedInAt: null };
const at = (ms: number) => new Date(ms);

describe("the check-in desk", () => {
  it("opens an hour before the start and closes three hours after the end", () => {
    expect(deskRefusal(meetup, at(startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS - 1))).toBe("not_open_yet");
    expect(deskRefusal(meetup, at(startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS))).toBeNull();
    expect(deskRefusal(meetup, at(endsAt.getTime() + CHECK_IN_CLOSES_AFTER_MS))).toBeNull();
    expect(deskRefusal(meetup, at(endsAt.getTime() + CHECK_IN_CLOSES_AFTER_MS + 1))).toBe("closed");
  });

  it("never opens for a cancelled meetup", () => {
    expect(deskRefusal({ ...meetup, status: "cancelled" }, startsAt)).toBe("meetup_cancelled");
  });
});

describe("checking a ticket in", () => {
  it("checks in a confirmed seat of this meetup once", () => {
    expect(checkInRefusal(meetup, seat, startsAt)).toBeNull();
    expect(checkInRefusal(meetup, { ...seat, checkedInAt: startsAt }, startsAt)).toBe("already_checked_in");
  });

  it("refuses an unknown ticket, another meetup's, a cancelled and a waitlisted one", () => {
    expect(checkInRefusal(meetup, null, startsAt)).toBe("ticket_unknown");
    expect(checkInRefusal(meetup, { ...seat, meetupId: "m2" }, startsAt)).toBe("other_meetup");
    expect(checkInRefusal(meetup, { ...seat, status: "cancelled" }, startsAt)).toBe("rsvp_cancelled");
    expect(checkInRefusal(meetup, { ...seat, status: "waitlisted" }, startsAt)).toBe("waitlisted");
    // A seat held for a fee not yet paid is not a place.
    expect(checkInRefusal(meetup, { ...seat, status: "held" }, startsAt)).toBe("unpaid");
  });

  it("says the desk is closed before it looks at the ticket", () => {
    expect(checkInRefusal(meetup, { ...seat, meetupId: "m2" }, at(endsAt.getTime() + CHECK_IN_CLOSES_AFTER_MS + 1))).toBe("closed");
  });
});

describe("walk-ins", () => {
  it("adds a seat for someone without one, checks in someone on the list, refuses a second check-in", () => {
    expect(walkInPlan(null)).toBe("insert");
    expect(walkInPlan({ ...seat, status: "cancelled" })).toBe("insert");
    expect(walkInPlan({ ...seat, status: "waitlisted" })).toBe("check_in_existing");
    expect(walkInPlan(seat)).toBe("check_in_existing");
    expect(walkInPlan({ ...seat, checkedInAt: startsAt })).toBe("already_checked_in");
  });
});

describe("the ticket's QR code", () => {
  const token = "AbCdEfGhIjKlMnOpQrStUvWx";
  it("carries a URL the scanner reads the token back from", () => {
    const url = ticketUrl("https://otagai.example.jp", "m1", token);
    expect(url).toBe(`https://otagai.example.jp/meetups/m1/check-in?ticket=${token}`);
    expect(ticketTokenFrom(url)).toBe(token);
    expect(ticketTokenFrom(` ${token} `)).toBe(token);
  });

  it("reads nothing from other codes", () => {
    expect(ticketTokenFrom("https://example.com/c/abc?p=123")).toBeNull();
    expect(ticketTokenFrom("hello")).toBeNull();
    expect(ticketTokenFrom("https://x/?ticket=short")).toBeNull();
    expect(ticketTokenFrom(`https://x/?ticket=${token}'--`)).toBeNull();
  });
});
