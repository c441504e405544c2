import { describe, expect, it } from "vitest";
import { atTokyo, splitMinutes, tokyoClockOf, tokyoDateOf } from "./clock";

describe("Tokyo clock", () => {
  it("reads the Tokyo date and time of an instant, across the UTC day boundary", () => {
    const late = new Date("2026-06-01T23:30:00+09:00");
    expect(tokyoDateOf(late)).toBe("2026-06-01");
    expect(tokyoClockOf(late)).toBe("23:30");
    const early = new Date("2026-06-01T00:05:00+09:00");
    expect(tokyoDateOf(early)).toBe("2026-06-01");
    expect(tokyoClockOf(early)).toBe("00:05");
  });

  it("turns a Tokyo date and clock back into the same instant", () => {
    expect(atTokyo("2026-06-01", "09:10").toISOString()).toBe("2026-06-01T00:10:00.000Z");
  });

  it.each([
    [0, 0, 0],
    [59, 0, 59],
    [60, 1, 0],
    [70, 1, 10],
    [725, 12, 5],
  ])("splits %i minutes into %i h %i min", (total, hours, minutes) => {
    expect(splitMinutes(total)).toEqual({ hours, minutes });
  });
});
