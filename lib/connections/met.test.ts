import { describe, expect, it } from "vitest";
import { awaitsMetConfirmation, haveMet } from "./met";

const at = new Date("2026-11-24T00:00:00Z");

describe("haveMet", () => {
  it("counts connecting in person or at a meetup as having met", () => {
    expect(haveMet({ provenance: "in_person", aMetAt: null, bMetAt: null })).toBe(true);
    expect(haveMet({ provenance: "meetup", aMetAt: null, bMetAt: null })).toBe(true);
  });

  it("needs both sides to confirm for a distance connection", () => {
    expect(haveMet({ provenance: "distance", aMetAt: null, bMetAt: null })).toBe(false);
    expect(haveMet({ provenance: "distance", aMetAt: at, bMetAt: null })).toBe(false);
    expect(haveMet({ provenance: "distance", aMetAt: null, bMetAt: at })).toBe(false);
    expect(haveMet({ provenance: "distance", aMetAt: at, bMetAt: at })).toBe(true);
  });
});

describe("awaitsMetConfirmation", () => {
  it("asks only the side that has not confirmed, and nobody once met", () => {
    const half = { provenance: "distance" as const, aMetAt: at, bMetAt: null };
    expect(awaitsMetConfirmation(half, "a")).toBe(false);
    expect(awaitsMetConfirmation(half, "b")).toBe(true);
    expect(awaitsMetConfirmation({ provenance: "in_person", aMetAt: null, bMetAt: null }, "a")).toBe(false);
  });
});
