import { describe, expect, it } from "vitest";
import { advance, cardOption, cashConfirmed, checkoutKey, PAYMENT_STATUSES, wasCharged } from "./status";

describe("payment status", () => {
  it("only moves forward: pending → paid → refunded / disputed", () => {
    expect(advance("pending", "paid")).toBe("paid");
    expect(advance("paid", "refunded")).toBe("refunded");
    expect(advance("paid", "disputed")).toBe("disputed");
    expect(advance("pending", "refunded")).toBe("refunded");
    expect(advance("refunded", "paid")).toBeNull();
    expect(advance("disputed", "refunded")).toBeNull();
    expect(advance("paid", "paid")).toBeNull();
    for (const s of PAYMENT_STATUSES) expect(advance(s, "pending")).toBeNull();
  });

  it("counts every status past pending as charged", () => {
    expect(PAYMENT_STATUSES.filter(wasCharged)).toEqual(["paid", "refunded", "disputed"]);
  });

  it("keeps one key per attempt of one care", () => {
    expect(checkoutKey("r1", 1)).toBe(checkoutKey("r1", 1));
    expect(checkoutKey("r1", 1)).not.toBe(checkoutKey("r1", 2));
    expect(checkoutKey("r1", 1)).not.toBe(checkoutKey("r2", 1));
  });

  it("offers the card only with a key, something to pay and a connected helper", () => {
    expect(cardOption({ enabled: false, helperChargesEnabled: true, parentPaysYen: 750, cashConfirmed: false })).toBe("off");
    expect(cardOption({ enabled: true, helperChargesEnabled: true, parentPaysYen: 0, cashConfirmed: false })).toBe("off");
    expect(cardOption({ enabled: true, helperChargesEnabled: null, parentPaysYen: 750, cashConfirmed: false })).toBe(
      "helper_not_connected",
    );
    expect(cardOption({ enabled: true, helperChargesEnabled: false, parentPaysYen: 750, cashConfirmed: false })).toBe(
      "helper_not_connected",
    );
    expect(cardOption({ enabled: true, helperChargesEnabled: true, parentPaysYen: 750, cashConfirmed: false })).toBe("ready");
    // Once either side has confirmed the cash, paying by card as well would pay the thank-you twice.
    expect(cardOption({ enabled: true, helperChargesEnabled: true, parentPaysYen: 750, cashConfirmed: true })).toBe("off");
    expect(cashConfirmed(null)).toBe(false);
    expect(cashConfirmed({ parentConfirmedAt: null, helperConfirmedAt: null })).toBe(false);
    expect(cashConfirmed({ parentConfirmedAt: new Date(), helperConfirmedAt: null })).toBe(true);
    expect(cashConfirmed({ parentConfirmedAt: null, helperConfirmedAt: new Date() })).toBe(true);
  });
});
