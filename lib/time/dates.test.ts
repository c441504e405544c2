import { describe, expect, it } from "vitest";
import { ageOnDate, sameDayMonthsLater } from "./dates";
import { tokyoDate } from "./tokyo";

describe("tokyoDate", () => {
  it.each([
    ["2026-11-24T14:30:00Z", "2026-11-24"], // 23:30 JST on the 24th
    ["2026-11-24T14:59:59.999Z", "2026-11-24"],
    ["2026-11-24T15:00:00Z", "2026-11-25"], // midnight in Tokyo
    ["2026-11-24T15:30:00Z", "2026-11-25"], // 00:30 JST on the 25th, still the 24th in UTC
    ["2026-12-31T15:00:00Z", "2027-01-01"],
  ])("%s is %s in Tokyo", (instant, date) => {
    expect(tokyoDate(new Date(instant))).toBe(date);
  });

  it("throws on an invalid Date", () => {
    expect(() => tokyoDate(new Date("nope"))).toThrow(RangeError);
  });
});

describe("ageOnDate", () => {
  it.each([
    ["2020-06-01", "2020-06-01", 0],
    ["2020-06-01", "2021-05-31", 0],
    ["2020-06-01", "2021-06-01", 1],
    ["2008-06-02", "2026-06-01", 17],
    ["2008-06-01", "2026-06-01", 18],
    ["2008-12-31", "2026-01-01", 17],
    ["2020-06-02", "2020-06-01", -1],
  ])("born %s, on %s → %i", (birth, on, age) => {
    expect(ageOnDate(birth, on)).toBe(age);
  });

  it.each([
    ["2027-02-28", 18],
    ["2027-03-01", 19],
    ["2028-02-28", 19],
    ["2028-02-29", 20],
    ["2028-03-01", 20],
  ])("born 29 Feb 2008: on %s → %i (1 March in common years)", (on, age) => {
    expect(ageOnDate("2008-02-29", on)).toBe(age);
  });

  const malformed = ["2026-02-30", "2025-02-29", "2026-6-1", "2026-13-01", "", "20260601", "2026-06-01T00:00"];
  it.each(malformed)("throws on %j", (bad) => {
    expect(() => ageOnDate(bad, "2026-06-01")).toThrow(RangeError);
    expect(() => ageOnDate("2020-01-01", bad)).toThrow(RangeError);
  });
});

describe("sameDayMonthsLater", () => {
  it("keeps the day of the month, or says there is none", () => {
    expect(sameDayMonthsLater("2026-11-15", 2)).toBe("2027-01-15");
    expect(sameDayMonthsLater("2027-01-31", 1)).toBeNull();
    expect(sameDayMonthsLater("2027-01-31", 2)).toBe("2027-03-31");
  });
});
