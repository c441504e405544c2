import { describe, expect, it } from "vitest";
import { childProblemOn, childSeatNeeded } from "./children";

// 8:00 on 25 November 2026 in Tokyo (still the 24th in UTC).
const START = new Date("2026-11-24T23:00:00Z");

describe("childProblemOn", () => {
  it("takes ages on the Tokyo date of the care", () => {
    // First birthday on the 25th: one year old on the care day in Tokyo, not yet in UTC.
    expect(childProblemOn([{ id: "a", name: "はると", birthDate: "2025-11-25" }], START)).toBeNull();
    expect(childProblemOn([{ id: "a", name: "はると", birthDate: "2025-11-26" }], START)).toEqual({
      childId: "a",
      name: "はると",
      reason: "child_too_young",
      ageYears: 0,
    });
  });

  it("names the first child who is 13 or older", () => {
    const kids = [
      { id: "a", name: "みお", birthDate: "2018-01-01" },
      { id: "b", name: "そら", birthDate: "2013-11-25" },
    ];
    expect(childProblemOn(kids, START)).toMatchObject({ childId: "b", name: "そら", reason: "child_too_old", ageYears: 13 });
    expect(childProblemOn([{ id: "c", name: "x", birthDate: "2013-11-26" }], START)).toBeNull();
  });
});

describe("childSeatNeeded", () => {
  const five = { birthDate: "2021-06-01" };
  const six = { birthDate: "2020-11-25" };
  it("is needed for 送迎 with a child under 6 on the day, not for 預かり alone", () => {
    expect(childSeatNeeded("soge", [five], START)).toBe(true);
    expect(childSeatNeeded("both", [six, five], START)).toBe(true);
    expect(childSeatNeeded("soge", [six], START)).toBe(false);
    expect(childSeatNeeded("azukari", [five], START)).toBe(false);
  });
});
