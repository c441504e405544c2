import { describe, expect, it } from "vitest";
import { agreedWindowOf, coveredWindow, extensionInsured, insuredWindow, uncoveredFrom } from "./covered-window";

const at = (hhmm: string) => new Date(`2026-06-01T${hhmm}:00+09:00`);
const start = at("10:00");
const end = at("12:00");
const endOf = (...extensions: [agreedAt: string, newEnd: string][]) =>
  coveredWindow(
    start,
    end,
    extensions.map(([agreedAt, newEnd]) => ({ agreedAt: at(agreedAt), newEnd: at(newEnd) })),
  );

describe("coveredWindow", () => {
  it("is the agreed window without extensions", () => {
    expect(endOf()).toEqual({ start, end });
  });

  it.each([
    ["before the care started", "09:00", "13:00"],
    ["during the care", "11:30", "13:00"],
    ["a minute before the end", "11:59", "13:00"],
    ["exactly at the end", "12:00", "12:00"],
    ["after the end (an overrun agreed afterwards)", "12:30", "12:00"],
  ])("covers an extension agreed %s → ends %s", (_label, agreedAt, coveredEnd) => {
    expect(endOf([agreedAt, "13:00"]).end).toEqual(at(coveredEnd));
  });

  it("chains extensions, each judged against the end in force when it was agreed", () => {
    expect(endOf(["11:00", "13:00"], ["12:30", "14:00"]).end).toEqual(at("14:00"));
    expect(endOf(["11:00", "13:00"], ["13:10", "14:00"]).end).toEqual(at("13:00"));
  });

  it("orders extensions by when they were agreed, not by list order", () => {
    expect(endOf(["12:30", "14:00"], ["11:00", "13:00"]).end).toEqual(at("14:00"));
  });

  it("an overrun that was not agreed in time does not open the door to later ones", () => {
    expect(endOf(["12:10", "13:00"], ["12:20", "14:00"]).end).toEqual(at("12:00"));
  });

  it("ignores a change to an earlier end: coverage in force is never taken back", () => {
    expect(endOf(["10:30", "11:00"]).end).toEqual(end);
  });
});

const agreed = { start, end };
const change = (agreedAt: string, newStart: string, newEnd: string) => ({
  agreedAt: at(agreedAt),
  newStart: at(newStart),
  newEnd: at(newEnd),
});

describe("insuredWindow", () => {
  it("is the agreed window when nothing changed", () => {
    expect(insuredWindow(agreed, [])).toEqual(agreed);
  });

  it("takes a change agreed before the start as the new agreement, earlier start included", () => {
    expect(insuredWindow(agreed, [change("08:00", "09:00", "11:00")])).toEqual({ start: at("09:00"), end: at("11:00") });
  });

  it("covers an extension agreed during the care, before the end in force", () => {
    const extended = change("11:30", "10:00", "13:00");
    const window = insuredWindow(agreed, [extended]);
    expect(window).toEqual({ start: at("10:00"), end: at("13:00") });
    expect(extensionInsured(extended, window)).toBe(true);
  });

  it("does not cover an overrun agreed after the end in force", () => {
    const late = change("12:30", "10:00", "13:00");
    const window = insuredWindow(agreed, [late]);
    expect(window.end).toEqual(at("12:00"));
    expect(extensionInsured(late, window)).toBe(false);
  });

  it("applies changes in the order they were agreed", () => {
    const window = insuredWindow(agreed, [change("11:00", "10:00", "12:30"), change("08:00", "10:00", "11:00")]);
    // 08:00: the care becomes 10:00–11:00; 11:00 is its end, so an extension agreed at 11:00 is too late.
    expect(window).toEqual({ start: at("10:00"), end: at("11:00") });
  });

  it("after the care began, a rescheduling no longer moves the start", () => {
    const window = insuredWindow(agreed, [change("10:30", "10:00", "12:45"), change("11:00", "10:00", "13:00")]);
    expect(window).toEqual({ start: at("10:00"), end: at("13:00") });
  });
});

describe("uncoveredFrom", () => {
  it("names the end of cover when the care ran over it", () => {
    expect(uncoveredFrom({ start: at("10:00"), end: at("12:20") }, agreed)).toEqual(at("12:00"));
  });
  it("is null when the care stayed inside", () => {
    expect(uncoveredFrom({ start: at("10:05"), end: at("12:00") }, agreed)).toBeNull();
  });
});

describe("agreedWindowOf", () => {
  it("reads the window the snapshot recorded at matching", () => {
    const snapshot = { careStart: at("10:00").toISOString(), careEnd: at("12:00").toISOString(), decision: {} };
    expect(agreedWindowOf(snapshot, { start: at("09:00"), end: at("13:00") })).toEqual(agreed);
  });
  it("falls back to the given window without a readable snapshot", () => {
    const fallback = { start: at("09:00"), end: at("13:00") };
    expect(agreedWindowOf(null, fallback)).toEqual(fallback);
    expect(agreedWindowOf({ careStart: "soon", careEnd: 5 }, fallback)).toEqual(fallback);
  });
});
