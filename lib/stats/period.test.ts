import { describe, expect, it } from "vitest";
import { famisapoCategory, famisapoMemberType, fiscalYearOf, memberCountMonths } from "./famisapo";
import { defaultPeriod, instants, monthsOf, parsePeriod, periodOfQuery, previousPeriod } from "./period";

describe("dashboard periods", () => {
  it("reads whole months from the query string, widening days to their months, refusing reversed, impossible or over-long ranges", () => {
    expect(parsePeriod("2026-04", "2026-06")).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(parsePeriod("2026-04-10", "2026-06-03")).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(parsePeriod("2026-02", "2026-02")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(parsePeriod("2026-06-30", "2026-04-01")).toBeNull();
    expect(parsePeriod("2026-02-30", "2026-04-01")).toBeNull();
    expect(parsePeriod("2026-13", "2027-01")).toBeNull();
    expect(parsePeriod("2024-01", "2027-01")).toBeNull();
    expect(parsePeriod("2024-01", "2026-12")).toEqual({ from: "2024-01-01", to: "2026-12-31" });
    expect(parsePeriod(undefined, "2026-01-01")).toBeNull();
  });
  it("compares with the same number of whole months just before, in Tokyo time", () => {
    expect(previousPeriod({ from: "2026-05-01", to: "2026-05-31" })).toEqual({ from: "2026-04-01", to: "2026-04-30" });
    expect(previousPeriod({ from: "2026-01-01", to: "2026-03-31" })).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(instants({ from: "2026-05-01", to: "2026-05-31" })).toEqual({
      start: new Date("2026-04-30T15:00:00Z"),
      end: new Date("2026-05-31T15:00:00Z"),
    });
  });
  it("lists the months a range touches, and defaults to the last twelve months, the month in progress included", () => {
    expect(monthsOf({ from: "2025-11-01", to: "2026-02-28" })).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(defaultPeriod("2026-05-14")).toEqual({ from: "2025-06-01", to: "2026-05-31" });
    expect(monthsOf(defaultPeriod("2026-05-14"))).toHaveLength(12);
  });
});

describe("the ファミサポ report's categories", () => {
  it("types members by what they do and counts the fiscal year from April", () => {
    expect([["parent"], ["supporter", "organiser"], ["parent", "supporter"], ["staff"]].map(famisapoMemberType)).toEqual([
      "requester",
      "provider",
      "both",
      null,
    ]);
    expect([fiscalYearOf("2026-03"), fiscalYearOf("2026-04")]).toEqual([2025, 2026]);
  });
  it("takes the purpose the parent gave, else maps the kind", () => {
    expect(famisapoCategory({ kind: "azukari", purpose: "after_school" })).toBe("after_school");
    expect(famisapoCategory({ kind: "soge", purpose: null })).toBe("nursery_transport");
    expect(famisapoCategory({ kind: "both", purpose: null })).toBe("other");
  });
});

describe("periodOfQuery", () => {
  const today = "2026-11-30";
  it("gives the default period when the query names none", () => {
    expect(periodOfQuery(undefined, undefined, today)).toEqual({ period: defaultPeriod(today), refused: false });
    expect(periodOfQuery("", "", today)).toEqual({ period: defaultPeriod(today), refused: false });
  });
  it("gives the period the query names", () => {
    expect(periodOfQuery("2026-04", "2026-06", today)).toEqual({ period: { from: "2026-04-01", to: "2026-06-30" }, refused: false });
  });
  it.each([
    ["2026-06", "2026-04"],
    ["2026-13", "2026-14"],
    ["2026-04", undefined],
    ["2020-01", "2026-06"],
    [["2026-04", "2026-05"], "2026-06"],
  ])("refuses from=%s to=%s, with the default period to show", (from, to) => {
    expect(periodOfQuery(from, to, today)).toEqual({ period: defaultPeriod(today), refused: true });
  });
});

describe("memberCountMonths", () => {
  it("gives each 31 March in the months, then the last month if it is not a March", () => {
    expect(memberCountMonths(["2025-02", "2025-03", "2025-04", "2026-03", "2026-05"])).toEqual([
      { month: "2025-03", fiscalYear: 2024 },
      { month: "2026-03", fiscalYear: 2025 },
      { month: "2026-05", fiscalYear: null },
    ]);
  });
  it("gives the March alone when the months end with one, and the last month when there is no March", () => {
    expect(memberCountMonths(["2026-01", "2026-02", "2026-03"])).toEqual([{ month: "2026-03", fiscalYear: 2025 }]);
    expect(memberCountMonths(["2026-04", "2026-05"])).toEqual([{ month: "2026-05", fiscalYear: null }]);
    expect(memberCountMonths([])).toEqual([]);
  });
});
