import { describe, expect, it } from "vitest";
import { napIntervalFor, napIntervalMinutes, nextNapCheckAt } from "./nap";

describe("nap check interval", () => {
  it("is 10 minutes for ages 1 and 2 (Tokyo's guidance) and 15 from 3", () => {
    expect([0, 1, 2, 3, 6, 12].map(napIntervalMinutes)).toEqual([10, 10, 10, 15, 15, 15]);
  });

  it("takes the age on the care day: the day before the third birthday is still 10 minutes", () => {
    expect(napIntervalFor("2023-11-25", "2026-11-24")).toBe(10);
    expect(napIntervalFor("2023-11-24", "2026-11-24")).toBe(15);
  });
});

describe("next nap check", () => {
  const at = new Date("2026-11-24T04:00:00Z");

  it("is due one interval after a check of a sleeping child, or of a worrying one", () => {
    expect(nextNapCheckAt({ state: "asleep_ok", checkedAt: at }, 10)).toEqual(new Date("2026-11-24T04:10:00Z"));
    expect(nextNapCheckAt({ state: "concern", checkedAt: at }, 15)).toEqual(new Date("2026-11-24T04:15:00Z"));
  });

  it("is not due before the first check nor once the child is awake", () => {
    expect(nextNapCheckAt(null, 10)).toBeNull();
    expect(nextNapCheckAt({ state: "awake", checkedAt: at }, 10)).toBeNull();
  });
});
