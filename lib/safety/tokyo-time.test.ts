import { describe, expect, it } from "vitest";
import { parseTokyoLocal, toTokyoLocal } from "./tokyo-time";

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
