import { describe, expect, it } from "vitest";
import { reliabilityActive, reliabilityExpiry } from "./reliability";

describe("reliability records", () => {
  it("expire twelve months after they were recorded", () => {
    const at = new Date("2026-06-01T09:00:00+09:00");
    expect(reliabilityExpiry(at)).toEqual(new Date("2027-06-01T09:00:00+09:00"));
  });

  it("count until their expiry, not at it", () => {
    const expiry = new Date("2027-06-01T00:00:00Z");
    expect(reliabilityActive(expiry, new Date(expiry.getTime() - 1))).toBe(true);
    expect(reliabilityActive(expiry, expiry)).toBe(false);
  });
});
