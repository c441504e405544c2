import { describe, expect, it } from "vitest";
import { coveredWindow } from "./covered-window";

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
