import { describe, expect, it } from "vitest";
import { famisapoCategory, famisapoMemberType, fiscalYearOf } from "./famisapo";
import { defaultPeriod, instants, monthsOf, parsePeriod, previousPeriod } from "./period";

describe("dashboard periods", () => {
  it("reads a range from the query string, refusing reversed, impossible or over-long ones", () => {
    expect(parsePeriod("2026-04-01", "2026-06-30")).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(parsePeriod("2026-06-30", "2026-04-01")).toBeNull();
    expect(parsePeriod("2026-02-30", "2026-04-01")).toBeNull();
    expect(parsePeriod("2020-01-01", "2026-01-01")).toBeNull();
    expect(parsePeriod(undefined, "2026-01-01")).toBeNull();
  });
  it("compares with the period of the same length just before, in Tokyo days", () => {
    expect(previousPeriod({ from: "2026-05-01", to: "2026-05-31" })).toEqual({ from: "2026-03-31", to: "2026-04-30" });
    expect(instants({ from: "2026-05-01", to: "2026-05-31" })).toEqual({
      start: new Date("2026-04-30T15:00:00Z"),
      end: new Date("2026-05-31T15:00:00Z"),
    });
  });
  it("lists the months a range touches, and defaults to the last twelve months", () => {
    expect(monthsOf({ from: "2025-11-20", to: "2026-02-03" })).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(defaultPeriod("2026-05-14")).toEqual({ from: "2025-06-01", to: "2026-05-14" });
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
