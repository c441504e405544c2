import { describe, expect, it } from "vitest";
import { refundable } from "./refund";

describe("refundable", () => {
  it("is a paid payment with no refund asked", () => {
    expect(refundable({ status: "paid", refundRequestedAt: null })).toBe(true);
  });
  it("is not one already being refunded", () => {
    expect(refundable({ status: "paid", refundRequestedAt: new Date() })).toBe(false);
  });
  it("is not one unpaid, refunded or disputed", () => {
    for (const status of ["pending", "refunded", "disputed"] as const) expect(refundable({ status, refundRequestedAt: null })).toBe(false);
  });
});
