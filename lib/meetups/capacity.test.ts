import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capacityBelowTaken, type LiveRsvp, promotions, seatFor, seatsLeft, waitlistPosition } from "./capacity";

const room = { capacityAdults: 2, capacityChildren: 2 };
const r = (id: string, seq: number, status: LiveRsvp["status"], adults = 1, children = 0): LiveRsvp => ({
  id,
  seq,
  status,
  adults,
  children,
});

describe("seats", () => {
  it("confirms a party that fits and waitlists one that does not", () => {
    expect(seatFor(room, [], { adults: 1, children: 0 })).toBe("confirmed");
    expect(seatFor(room, [r("a", 1, "confirmed")], { adults: 1, children: 2 })).toBe("confirmed");
    expect(seatFor(room, [r("a", 1, "confirmed"), r("b", 2, "confirmed")], { adults: 1, children: 0 })).toBe("waitlisted");
    expect(seatFor(room, [r("a", 1, "confirmed", 1, 2)], { adults: 1, children: 1 })).toBe("waitlisted");
  });

  it("counts only confirmed seats and never goes below zero", () => {
    expect(seatsLeft(room, [r("a", 1, "confirmed"), r("b", 2, "waitlisted")])).toEqual({ adults: 1, children: 2 });
    expect(seatsLeft({ capacityAdults: 1, capacityChildren: 0 }, [r("a", 1, "confirmed", 2, 1)])).toEqual({ adults: 0, children: 0 });
    expect(capacityBelowTaken({ capacityAdults: 1, capacityChildren: 5 }, [r("a", 1, "confirmed", 2)])).toBe(true);
    expect(capacityBelowTaken({ capacityAdults: 2, capacityChildren: 0 }, [r("a", 1, "confirmed", 2), r("b", 2, "waitlisted", 3)])).toBe(
      false,
    );
  });
});

describe("promotions", () => {
  it("promotes in arrival order whoever fits, a large family not holding up a single adult", () => {
    const rsvps = [r("a", 1, "confirmed"), r("big", 2, "waitlisted", 2), r("one", 3, "waitlisted"), r("two", 4, "waitlisted")];
    expect(promotions(room, rsvps)).toEqual(["one"]);
    expect(waitlistPosition(rsvps, "one")).toBe(2);
    expect(waitlistPosition(rsvps, "a")).toBeNull();
  });

  it("never overfills and leaves no waitlisted party that would fit (property)", () => {
    const party = fc.record({ adults: fc.integer({ min: 1, max: 3 }), children: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(
        fc.record({ capacityAdults: fc.integer({ min: 1, max: 8 }), capacityChildren: fc.integer({ min: 0, max: 8 }) }),
        fc.array(party, { maxLength: 12 }),
        (cap, parties) => {
          // Arrive one by one, as the workflow decides them.
          const rsvps: LiveRsvp[] = [];
          for (const [i, p] of parties.entries()) rsvps.push({ id: `r${i}`, seq: i + 1, status: seatFor(cap, rsvps, p), ...p });
          // Everyone confirmed cancels at once; the waitlist moves up.
          const after = rsvps.filter((x) => x.status === "waitlisted");
          const promoted = new Set(promotions(cap, after));
          const now = after.map((x) => (promoted.has(x.id) ? { ...x, status: "confirmed" as const } : x));
          const left = seatsLeft(cap, now);
          expect(capacityBelowTaken(cap, now)).toBe(false);
          for (const x of now) if (x.status === "waitlisted") expect(x.adults > left.adults || x.children > left.children).toBe(true);
        },
      ),
    );
  });
});
