import { describe, expect, it } from "vitest";
import { NO_RECORDS } from "@/lib/members/standing";
import { feePayment, mayOrganise, partyProblem, rsvpOpen } from "./rules";

describe("mayOrganise", () => {
  it("holds through the certification's last Tokyo day and not the day after", () => {
    const records = { ...NO_RECORDS, organiserCertifiedUntil: "2026-11-30" };
    expect(mayOrganise(records, new Date("2026-11-30T23:59:00+09:00"))).toBe(true);
    // 15:00 UTC on the 30th is already 1 December in Tokyo.
    expect(mayOrganise(records, new Date("2026-11-30T15:00:00Z"))).toBe(false);
    expect(mayOrganise(NO_RECORDS, new Date("2026-11-01T00:00:00Z"))).toBe(false);
  });
});

describe("RSVP rules", () => {
  const start = new Date("2026-12-05T10:00:00+09:00");
  it("closes at the start and when cancelled", () => {
    expect(rsvpOpen({ status: "scheduled", startsAt: start }, new Date(start.getTime() - 1))).toBe(true);
    expect(rsvpOpen({ status: "scheduled", startsAt: start }, start)).toBe(false);
    expect(rsvpOpen({ status: "cancelled", startsAt: start }, new Date("2026-11-01T00:00:00Z"))).toBe(false);
  });

  it("refuses a party larger than the meetup itself", () => {
    const cap = { capacityAdults: 2, capacityChildren: 1 };
    expect(partyProblem(cap, { adults: 2, children: 1 })).toBeNull();
    expect(partyProblem(cap, { adults: 3, children: 0 })).toBe("meetup_too_many_adults");
    expect(partyProblem(cap, { adults: 1, children: 2 })).toBe("meetup_too_many_children");
  });

  it("says a fee is paid at the venue (card payment is not offered)", () => {
    expect(feePayment(0)).toEqual({ kind: "free" });
    expect(feePayment(300)).toEqual({ kind: "card", yen: 300 });
  });
});
