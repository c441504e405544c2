import { describe, expect, it } from "vitest";
import { TIME_OPTIONS, tokyoInstant } from "./times";

describe("times", () => {
  it("offers every quarter hour of the day", () => {
    expect(TIME_OPTIONS).toHaveLength(96);
    expect(TIME_OPTIONS.slice(0, 3)).toEqual(["00:00", "00:15", "00:30"]);
    expect(TIME_OPTIONS.at(-1)).toBe("23:45");
  });

  it("reads a Tokyo date and time as an instant", () => {
    expect(tokyoInstant("2026-11-25", "00:15")?.toISOString()).toBe("2026-11-24T15:15:00.000Z");
    expect(tokyoInstant("2026-11-31", "10:00")).toBeNull();
    expect(tokyoInstant("2026-11-25", "10:05")).toBeNull();
  });
});
