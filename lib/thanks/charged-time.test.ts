import { describe, expect, it } from "vitest";
import { clockMinutes, tokyoWallClock } from "@/lib/time/tokyo";
import { jst } from "@/test/thanks-facts";
import { chargedMinutes, surchargedMinutes } from "./charged-time";
import type { Surcharge } from "./rulebook";

describe("chargedMinutes", () => {
  const hourThenHalves = { firstBlockMinutes: 60, unitMinutes: 30 };
  it.each([
    [1, 60],
    [59, 60],
    [60, 60],
    [61, 90],
    [90, 90],
    [91, 120],
    [1440, 1440],
  ])("%i actual → %i charged", (actual, charged) => {
    expect(chargedMinutes(actual, hourThenHalves)).toBe(charged);
  });

  it("supports other units, e.g. 2 h minimum then whole hours", () => {
    expect(chargedMinutes(121, { firstBlockMinutes: 120, unitMinutes: 60 })).toBe(180);
  });
});

describe("surchargedMinutes", () => {
  const night: Surcharge = {
    key: "night",
    applies: "inside",
    windows: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "holiday"], from: "22:00", to: "24:00" }],
    perHourYen: 200,
    perExtraChildPerHourYen: 0,
  };
  const none = new Set<string>();

  it("counts minutes inside a window, by the Tokyo clock", () => {
    expect(surchargedMinutes(night, jst("2026-06-01T21:30"), 60, none)).toBe(30);
    expect(surchargedMinutes(night, jst("2026-06-01T23:30"), 60, none)).toBe(30);
    expect(surchargedMinutes(night, jst("2026-06-01T20:00"), 120, none)).toBe(0);
  });

  it("counts minutes outside the windows for an 'outside' surcharge", () => {
    expect(surchargedMinutes({ ...night, applies: "outside" }, jst("2026-06-01T21:30"), 60, none)).toBe(30);
  });

  it("a holiday date replaces its weekday", () => {
    const weekdayOnly: Surcharge = { ...night, windows: [{ days: ["mon"], from: "00:00", to: "24:00" }] };
    expect(surchargedMinutes(weekdayOnly, jst("2026-06-01T10:00"), 60, none)).toBe(60);
    expect(surchargedMinutes(weekdayOnly, jst("2026-06-01T10:00"), 60, new Set(["2026-06-01"]))).toBe(0);
  });
});

describe("tokyo clock", () => {
  it("reads the Tokyo date, weekday and minute", () => {
    const clock = tokyoWallClock(new Date("2026-11-24T15:30:00Z"));
    expect(clock).toEqual({ date: "2026-11-25", weekday: "wed", minuteOfDay: 30 });
  });

  it("parses HH:MM", () => {
    expect(clockMinutes("07:00")).toBe(420);
    expect(clockMinutes("24:00")).toBe(1440);
  });
});
