import { describe, expect, it } from "vitest";
import { checkTimeChange, hasStarted, isExtension, timeChangeOpen, timeChangeSchema } from "./time-change";

const REQUEST = "5f0e2a5c-8d1b-4c3e-9a7f-2b1c0d9e8f70";

const at = (hhmm: string) => new Date(`2026-06-01T${hhmm}:00+09:00`);
const current = { start: at("10:00"), end: at("12:00") };
const w = (start: string, end: string) => ({ start: at(start), end: at(end) });

describe("timeChangeSchema", () => {
  it("reads a day and quarter-hour times", () => {
    expect(timeChangeSchema.parse({ requestId: REQUEST, date: "2026-06-01", startTime: "09:45", endTime: "12:30" })).toEqual({
      requestId: REQUEST,
      startAt: at("09:45"),
      endAt: at("12:30"),
    });
  });

  it("refuses times off the quarter hour and impossible days", () => {
    const result = timeChangeSchema.safeParse({ requestId: REQUEST, date: "2026-02-30", startTime: "09:40", endTime: "12:30" });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["startTime", "after_time_step"],
      ["date", "invalid_date"],
    ]);
  });
});

describe("checkTimeChange", () => {
  it("before the care, anything in the future may be proposed", () => {
    expect(checkTimeChange(current, w("09:00", "11:00"), at("08:00"))).toBeNull();
    expect(checkTimeChange(current, w("07:45", "11:00"), at("08:00"))).toMatchObject({ field: "startTime", key: "after_start_in_past" });
  });

  it("once the care has begun only the end may move", () => {
    expect(checkTimeChange(current, w("10:00", "13:00"), at("11:00"))).toBeNull();
    expect(checkTimeChange(current, w("10:00", "11:30"), at("11:00"))).toBeNull();
    expect(checkTimeChange(current, w("10:15", "13:00"), at("11:00"))).toMatchObject({ key: "after_start_already_passed" });
  });

  it("refuses an end before the start, a window too long, an end already past, and no change", () => {
    expect(checkTimeChange(current, w("11:00", "10:00"), at("08:00"))).toMatchObject({ field: "endTime", key: "after_end_before_start" });
    expect(
      checkTimeChange(current, { start: at("09:00"), end: new Date(at("09:00").getTime() + 12.25 * 3600_000) }, at("08:00")),
    ).toMatchObject({ key: "after_too_long", values: { max: 12 } });
    expect(checkTimeChange(current, w("10:00", "10:45"), at("11:00"))).toMatchObject({ key: "after_end_in_past" });
    expect(checkTimeChange(current, w("10:00", "12:00"), at("08:00"))).toMatchObject({ key: "after_same_time" });
  });

  it("an extension ends later than the window in force", () => {
    expect(isExtension(current, w("10:00", "12:15"))).toBe(true);
    expect(isExtension(current, w("09:00", "12:00"))).toBe(false);
  });
});

describe("when a time change may be proposed", () => {
  it("only while the care is matched and has not ended", () => {
    expect(timeChangeOpen("matched")).toBe(true);
    for (const state of ["offered", "awaiting_report", "reported", "cancelled"] as const) expect(timeChangeOpen(state)).toBe(false);
  });

  it("the start is history from the moment it comes", () => {
    expect(hasStarted(current, at("09:59"))).toBe(false);
    expect(hasStarted(current, at("10:00"))).toBe(true);
  });
});
