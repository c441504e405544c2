import { describe, expect, it } from "vitest";
import { emptyDetails } from "./details";
import { careAgeProblem, childAccess, childSeat, childSeatRequired, healthConsentAt } from "./rules";

describe("child seat", () => {
  it("is required by law until the sixth birthday", () => {
    expect(childSeatRequired("2020-11-25", "2026-11-24")).toBe(true);
    expect(childSeatRequired("2020-11-24", "2026-11-24")).toBe(false);
    expect(childSeatRequired("2026-11-24", "2026-11-24")).toBe(true);
  });

  it("is shown as required, wanted by the parent, or not needed", () => {
    const wanted = { childSeatWanted: true };
    expect(childSeat("2022-05-03", "2026-11-24", wanted)).toBe("required");
    expect(childSeat("2018-05-03", "2026-11-24", wanted)).toBe("wanted");
    expect(childSeat("2018-05-03", "2026-11-24", { childSeatWanted: false })).toBe("not_needed");
  });
});

describe("care age", () => {
  it("explains that care is for ages 1 to 12", () => {
    expect(careAgeProblem("2026-01-01", "2026-11-24")).toBe("child_too_young");
    expect(careAgeProblem("2025-11-24", "2026-11-24")).toBeNull();
    expect(careAgeProblem("2013-11-25", "2026-11-24")).toBeNull();
    expect(careAgeProblem("2013-11-24", "2026-11-24")).toBe("child_too_old");
  });
});

describe("who may see a child", () => {
  it("is its parent only, and nobody once it is removed", () => {
    const child = { parentId: "parent-a", removedAt: null };
    expect(childAccess("parent-a", child)).toEqual({ as: "parent", canEdit: true });
    expect(childAccess("member-b", child)).toBeNull();
    expect(childAccess("parent-a", { ...child, removedAt: new Date() })).toBeNull();
  });
});

describe("health consent time", () => {
  const now = new Date("2026-11-24T07:00:00+09:00");
  const earlier = new Date("2026-01-01T00:00:00Z");
  const withAllergy = { ...emptyDetails(), allergies: "卵" };

  it("is the first consent while health details remain", () => {
    expect(healthConsentAt(withAllergy, true, null, now)).toEqual(now);
    expect(healthConsentAt(withAllergy, true, earlier, now)).toEqual(earlier);
  });

  it("is cleared when every health field is cleared", () => {
    expect(healthConsentAt({ ...emptyDetails(), foodHabits: "パンが好き" }, false, earlier, now)).toBeNull();
  });

  it("refuses health details without consent, whoever calls", () => {
    expect(() => healthConsentAt(withAllergy, false, earlier, now)).toThrow(/consent/);
  });
});
