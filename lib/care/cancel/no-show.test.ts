import { describe, expect, it } from "vitest";
import { noShowAllowed } from "./no-show";

const at = (hhmm: string) => new Date(`2026-06-01T${hhmm}:00+09:00`);
const start = at("10:00");

describe("noShowAllowed", () => {
  it("is the parent's, from the start on, while the care can still be cancelled", () => {
    expect(noShowAllowed("parent", "matched", start, at("10:00"))).toBe(true);
    expect(noShowAllowed("parent", "awaiting_report", start, at("18:00"))).toBe(true);
  });

  it("not before the start", () => {
    expect(noShowAllowed("parent", "matched", start, at("09:59"))).toBe(false);
  });

  it("never the helper's or anyone else's", () => {
    for (const role of ["helper", "recipient", "admin", "system"] as const)
      expect(noShowAllowed(role, "matched", start, at("10:30"))).toBe(false);
  });

  it("not once the care was reported, cancelled or settled", () => {
    for (const state of ["reported", "cancelled", "completed", "settled"] as const)
      expect(noShowAllowed("parent", state, start, at("12:00"))).toBe(false);
  });
});
