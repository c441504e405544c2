import { describe, expect, it } from "vitest";
import { computeThanks, DEFAULT_RULEBOOK } from "@/lib/thanks";
import { type CareThanksRecord, careThanksFacts } from "./thanks-facts";

const at = (hhmm: string, day = "2026-06-01") => new Date(`${day}T${hhmm}:00+09:00`);
const record = (over: Partial<CareThanksRecord> = {}): CareThanksRecord => ({
  start: at("10:00"),
  end: at("11:10"),
  children: 1,
  expenses: [],
  waived: false,
  helper: { organiserCertifiedUntil: null, qualificationsVerifiedAt: [] },
  parent: { singleParentVerifiedAt: null },
  ...over,
});
const yen = (r: CareThanksRecord) => {
  const result = computeThanks(DEFAULT_RULEBOOK, careThanksFacts(r));
  if (!result.ok) throw new Error(result.error);
  return result.breakdown.parentPaysYen;
};

describe("careThanksFacts", () => {
  it("one child, 1 h 10 min → 750 yen (DOMAIN.md's worked example)", () => {
    expect(yen(record())).toBe(750);
  });

  it("two children, 2 h, certified organiser on the care's day → 1,700 yen", () => {
    const r = record({ end: at("12:00"), children: 2, helper: { organiserCertifiedUntil: "2026-06-01", qualificationsVerifiedAt: [] } });
    expect(yen(r)).toBe(1700);
  });

  it("a certification that lapsed before the care's day earns nothing", () => {
    const r = record({ helper: { organiserCertifiedUntil: "2026-05-31", qualificationsVerifiedAt: [] } });
    expect(careThanksFacts(r).helperCertifiedOrganiser).toBe(false);
  });

  it("counts a qualification verified by the end of the care, not one verified afterwards or never", () => {
    const before = record({ helper: { organiserCertifiedUntil: null, qualificationsVerifiedAt: [null, at("09:00")] } });
    const after = record({ helper: { organiserCertifiedUntil: null, qualificationsVerifiedAt: [at("11:11")] } });
    expect(careThanksFacts(before).helperQualified).toBe(true);
    expect(careThanksFacts(after).helperQualified).toBe(false);
  });

  it("applies the single-parent discount only once verified by the end", () => {
    expect(careThanksFacts(record({ parent: { singleParentVerifiedAt: at("08:00", "2026-01-01") } })).parentSingleParentVerified).toBe(
      true,
    );
    expect(careThanksFacts(record({ parent: { singleParentVerifiedAt: at("12:00") } })).parentSingleParentVerified).toBe(false);
  });

  it("keeps the waiver and the expenses: a waived care still pays its expenses", () => {
    const r = record({ waived: true, expenses: [{ kind: "meal", label: "お昼ごはん", yen: 600 }] });
    expect(yen(r)).toBe(600);
  });
});
