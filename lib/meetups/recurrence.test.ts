import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/time/dates";
import { tokyoClock, tokyoDate } from "@/lib/time/tokyo";
import { expandOccurrences, MAX_OCCURRENCES, occurrenceDates } from "./recurrence";

describe("occurrenceDates", () => {
  it("is the first date alone without a recurrence", () => {
    expect(occurrenceDates("2026-12-05", null)).toEqual(["2026-12-05"]);
  });

  it("repeats weekly through the last day, inclusive", () => {
    expect(occurrenceDates("2026-12-05", { frequency: "weekly", until: "2026-12-26" })).toEqual([
      "2026-12-05",
      "2026-12-12",
      "2026-12-19",
      "2026-12-26",
    ]);
  });

  it("repeats monthly on the same day, skipping months without it", () => {
    expect(occurrenceDates("2027-01-31", { frequency: "monthly", until: "2027-06-30" })).toEqual([
      "2027-01-31",
      "2027-03-31",
      "2027-05-31",
    ]);
    expect(occurrenceDates("2026-11-15", { frequency: "monthly", until: "2027-02-14" })).toEqual([
      "2026-11-15",
      "2026-12-15",
      "2027-01-15",
    ]);
  });

  it("stops one past the limit, so that a caller can refuse too many", () => {
    expect(occurrenceDates("2026-12-05", { frequency: "weekly", until: "2099-12-31" })).toHaveLength(MAX_OCCURRENCES + 1);
  });
});

const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays("2026-01-01", n));
const clock = fc
  .tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

describe("expandOccurrences (properties)", () => {
  it("keeps the Tokyo wall-clock times, stays within [first, until], and never exceeds the limit by more than one", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 800 }),
        clock,
        fc.constantFrom("weekly", "monthly") as fc.Arbitrary<"weekly" | "monthly">,
        (first, span, start, frequency) => {
          const until = addDays(first, span);
          const end = `${String(Number(start.slice(0, 2)) + 1).padStart(2, "0")}:${start.slice(3)}`;
          const occ = expandOccurrences(first, start, end, { frequency, until });
          expect(occ.length).toBeGreaterThanOrEqual(1);
          expect(occ.length).toBeLessThanOrEqual(MAX_OCCURRENCES + 1);
          expect(tokyoDate(occ[0]!.startsAt)).toBe(first);
          for (const [i, o] of occ.entries()) {
            expect(tokyoClock(o.startsAt)).toBe(start);
            expect(tokyoClock(o.endsAt)).toBe(end);
            expect(tokyoDate(o.startsAt) <= until).toBe(true);
            if (i > 0) expect(o.startsAt.getTime()).toBeGreaterThan(occ[i - 1]!.startsAt.getTime());
            if (frequency === "weekly" && i > 0) expect(tokyoDate(o.startsAt)).toBe(addDays(tokyoDate(occ[i - 1]!.startsAt), 7));
            if (frequency === "monthly") expect(tokyoDate(o.startsAt).slice(8)).toBe(first.slice(8));
          }
        },
      ),
    );
  });
});
