import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDate, formatDateTime } from "./format";

describe("formatDateTime", () => {
  it("shows Japanese conventions in Asia/Tokyo", () => {
    // 00:00 UTC on the 24th is 9:00 on Tuesday the 24th in Tokyo.
    expect(formatDateTime(new Date("2026-11-24T00:00:00Z"), "ja")).toBe("2026年11月24日(火) 9:00");
  });

  it("moves to the next day in Tokyo when UTC is still on the previous one", () => {
    expect(formatDate(new Date("2026-11-24T15:30:00Z"), "ja")).toBe("2026年11月25日(水)");
    expect(formatDateTime(new Date("2026-11-24T15:30:00Z"), "ja")).toBe("2026年11月25日(水) 0:30");
  });

  it("uses English conventions in English, still in Tokyo time", () => {
    expect(formatDateTime(new Date("2026-11-24T00:00:00Z"), "en")).toBe("Tue, 24 November 2026 9:00");
  });

  it("shows a calendar date without a time-zone shift", () => {
    expect(formatCalendarDate("1989-04-12", "ja")).toBe("1989年4月12日");
    expect(formatCalendarDate("1989-04-12", "en")).toBe("12 April 1989");
  });
});
