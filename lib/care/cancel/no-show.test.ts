import { describe, expect, it } from "vitest";
import { absentParty, noShowAllowed } from "./no-show";

const at = (hhmm: string) => new Date(`2026-06-01T${hhmm}:00+09:00`);
const start = at("10:00");

describe("noShowAllowed", () => {
  it.each([
    ["parent", "matched", "10:00", true],
    ["helper", "matched", "10:00", true],
    ["parent", "awaiting_report", "18:00", true],
    ["helper", "awaiting_report", "18:00", true],
    ["parent", "matched", "09:59", false],
    ["helper", "matched", "09:59", false],
  ] as const)("%s on a %s care at %s: %s", (role, state, now, allowed) => {
    expect(noShowAllowed(role, state, start, at(now))).toBe(allowed);
  });

  it("never anyone but the two sides", () => {
    for (const role of ["recipient", "admin", "system"] as const) expect(noShowAllowed(role, "matched", start, at("10:30"))).toBe(false);
  });

  it("not once the care was reported, cancelled or settled", () => {
    for (const role of ["parent", "helper"] as const)
      for (const state of ["reported", "cancelled", "completed", "settled"] as const)
        expect(noShowAllowed(role, state, start, at("12:00"))).toBe(false);
  });
});

describe("absentParty", () => {
  it("is always the other side of the one who records it", () => {
    expect(absentParty("parent")).toBe("helper");
    expect(absentParty("helper")).toBe("parent");
  });
});
