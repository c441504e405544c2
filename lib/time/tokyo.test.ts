import { describe, expect, it } from "vitest";
import { atTokyo, parseTokyoLocal, splitMinutes, tokyoClock, tokyoDate, tokyoMonth, tokyoYear, toTokyoLocal } from "./tokyo";

describe("Tokyo clock", () => {
  it("reads the Tokyo date and time of an instant, across the UTC day boundary", () => {
    const late = new Date("2026-06-01T23:30:00+09:00");
    expect(tokyoDate(late)).toBe("2026-06-01");
    expect(tokyoClock(late)).toBe("23:30");
    const early = new Date("2026-06-01T00:05:00+09:00");
    expect(tokyoDate(early)).toBe("2026-06-01");
    expect(tokyoClock(early)).toBe("00:05");
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

describe("Tokyo wall-clock times", () => {
  it("reads a datetime-local value as Tokyo time, across the date line", () => {
    expect(parseTokyoLocal("2026-11-24T09:30")).toEqual(new Date("2026-11-24T00:30:00Z"));
    expect(parseTokyoLocal("2026-11-25T08:59")).toEqual(new Date("2026-11-24T23:59:00Z"));
  });

  it("refuses dates and times that do not exist, and other formats", () => {
    for (const s of ["2026-02-30T10:00", "2026-11-24T24:00", "2026-11-24T10:60", "2026-11-24 10:00", "2026-11-24T10:00:00", "今日"]) {
      expect(parseTokyoLocal(s), s).toBeNull();
    }
  });

  it("writes an instant back as the same value", () => {
    expect(toTokyoLocal(new Date("2026-11-24T23:59:30Z"))).toBe("2026-11-25T08:59");
    expect(parseTokyoLocal(toTokyoLocal(new Date("2026-11-24T00:30:00Z")))).toEqual(new Date("2026-11-24T00:30:00Z"));
  });
});

describe("tokyoDate", () => {
  it("is already tomorrow in Tokyo from 15:00 UTC", () => {
    expect(tokyoDate(new Date("2026-11-24T14:59:59Z"))).toBe("2026-11-24");
    expect(tokyoDate(new Date("2026-11-24T15:00:00Z"))).toBe("2026-11-25");
  });
});

describe("the organiser's year", () => {
  it("is Tokyo's calendar year", () => {
    // 2026-12-31T15:30Z is already New Year's Day in Tokyo.
    const y = tokyoYear(new Date("2026-12-31T15:30:00Z"));
    expect(y.year).toBe(2027);
    expect(y.from.toISOString()).toBe("2026-12-31T15:00:00.000Z");
    expect(y.to.toISOString()).toBe("2027-12-31T15:00:00.000Z");
    expect(tokyoYear(new Date("2026-12-31T14:59:59Z")).year).toBe(2026);
  });
});

describe("tokyoMonth", () => {
  const now = new Date("2026-06-30T16:00:00Z"); // 1 July 01:00 in Tokyo
  it("is the Tokyo month holding now when none or a malformed one is asked for", () => {
    expect(tokyoMonth(undefined, now).month).toBe("2026-07");
    expect(tokyoMonth("2026-13", now).month).toBe("2026-07");
    expect(tokyoMonth("x", now).month).toBe("2026-07");
  });
  it("runs from midnight on the 1st in Tokyo to the next 1st, across years", () => {
    expect(tokyoMonth("2026-12", now)).toEqual({
      month: "2026-12",
      from: new Date("2026-11-30T15:00:00Z"),
      to: new Date("2026-12-31T15:00:00Z"),
      previous: "2026-11",
      next: "2027-01",
    });
    expect(tokyoMonth("2026-01", now).previous).toBe("2025-12");
  });
});
