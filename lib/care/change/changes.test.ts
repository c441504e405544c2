import { describe, expect, it } from "vitest";
import { describeChanges, proposalExtensionInsured } from "./changes";

const at = (hhmm: string) => new Date(`2026-06-01T${hhmm}:00+09:00`);
const agreed = { start: at("10:00"), end: at("12:00") };
const change = (agreedAt: string, newStart: string, newEnd: string) => ({
  agreedAt: at(agreedAt),
  newStart: at(newStart),
  newEnd: at(newEnd),
});

describe("describeChanges", () => {
  it("marks which changes made the care longer and whether that part is insured", () => {
    const described = describeChanges(agreed, [
      change("08:00", "10:00", "11:30"),
      change("11:00", "10:00", "12:30"),
      change("12:45", "10:00", "13:00"),
    ]);
    expect(described.map((c) => [c.extension, c.insured])).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
  });
});

describe("proposalExtensionInsured", () => {
  const w = (start: string, end: string) => ({ start: at(start), end: at(end) });

  it("an extension proposed before the end in force would be insured once agreed", () => {
    expect(proposalExtensionInsured(agreed, [], agreed, w("10:00", "13:00"), at("08:00"))).toBe(true);
    expect(proposalExtensionInsured(agreed, [], agreed, w("10:00", "13:00"), at("11:30"))).toBe(true);
  });

  it("a change that does not end later is no extension", () => {
    expect(proposalExtensionInsured(agreed, [], agreed, w("09:00", "11:00"), at("08:00"))).toBe(false);
    expect(proposalExtensionInsured(agreed, [], agreed, w("10:00", "11:30"), at("11:00"))).toBe(false);
  });

  it("counts the changes already agreed: the end in force is the last agreed one", () => {
    const accepted = [change("10:30", "10:00", "12:30")];
    expect(proposalExtensionInsured(agreed, accepted, w("10:00", "12:30"), w("10:00", "13:00"), at("12:15"))).toBe(true);
    expect(proposalExtensionInsured(agreed, accepted, w("10:00", "12:30"), w("10:00", "12:15"), at("12:15"))).toBe(false);
  });

  it("an overrun agreed after the end would not be insured", () => {
    expect(proposalExtensionInsured(agreed, [], agreed, w("10:00", "13:00"), at("12:30"))).toBe(false);
  });
});
