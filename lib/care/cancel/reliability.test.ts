import { describe, expect, it } from "vitest";
import { recordedAgainst, reliabilityActive, reliabilityExpiry } from "./reliability";

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

describe("recordedAgainst", () => {
  it("puts a no-show on the helper's record, whoever marked it and however late", () => {
    expect(recordedAgainst({ noShow: true, late: true, cancelledBy: "parent" })).toBe("helper");
    expect(recordedAgainst({ noShow: true, late: false, cancelledBy: "parent" })).toBe("helper");
    // The supporter recorded that the parent was not there: it goes on the parent's record.
    expect(recordedAgainst({ noShow: true, late: true, cancelledBy: "helper" })).toBe("parent");
    expect(recordedAgainst({ noShow: true, late: false, cancelledBy: "helper" })).toBe("parent");
  });

  it("puts a late cancellation on the record of the one who cancelled, and any other on nobody's", () => {
    expect(recordedAgainst({ noShow: false, late: true, cancelledBy: "parent" })).toBe("parent");
    expect(recordedAgainst({ noShow: false, late: true, cancelledBy: "helper" })).toBe("helper");
    expect(recordedAgainst({ noShow: false, late: false, cancelledBy: "helper" })).toBeNull();
  });
});
