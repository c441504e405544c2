import { describe, expect, it } from "vitest";
import { badgesOf } from "@/lib/connections/visibility";
import { NO_RECORDS, standingOn } from "@/lib/members/standing";
import { computeThanks, DEFAULT_RULEBOOK } from "@/lib/thanks";
import { type CareThanksRecord, careThanksFacts } from "./thanks-facts";

const at = (hhmm: string, day = "2026-06-01") => new Date(`${day}T${hhmm}:00+09:00`);
const record = (over: Partial<CareThanksRecord> = {}): CareThanksRecord => ({
  start: at("10:00"),
  end: at("11:10"),
  children: 1,
  expenses: [],
  waived: false,
  helper: NO_RECORDS,
  parent: NO_RECORDS,
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
    const r = record({ end: at("12:00"), children: 2, helper: { ...NO_RECORDS, organiserCertifiedUntil: "2026-06-01" } });
    expect(yen(r)).toBe(1700);
  });

  it("pays the organiser supplement on the certification's last day and not the day after; the badge says the same", () => {
    const helper = { ...NO_RECORDS, organiserCertifiedFrom: "2025-06-01", organiserCertifiedUntil: "2026-05-31" };
    const lastDay = record({ start: at("10:00", "2026-05-31"), end: at("11:00", "2026-05-31"), helper });
    const dayAfter = record({ start: at("10:00", "2026-06-01"), end: at("11:00", "2026-06-01"), helper });
    expect(yen(lastDay)).toBe(600);
    expect(yen(dayAfter)).toBe(500);
    expect(badgesOf(standingOn(helper, "2026-05-31"))).toEqual(["organiser"]);
    expect(badgesOf(standingOn(helper, "2026-06-01"))).toEqual([]);
  });

  it("reads the care's day in Tokyo: 23:30 on the last day still counts", () => {
    const helper = { ...NO_RECORDS, organiserCertifiedUntil: "2026-05-31" };
    expect(yen(record({ start: at("23:00", "2026-05-31"), end: at("23:59", "2026-05-31"), helper }))).toBe(600);
  });

  it("counts a qualification verified by the care's day and in force, not one verified afterwards or expired", () => {
    const q = (validFrom: string, validUntil: string) => ({
      ...NO_RECORDS,
      qualifications: [{ kind: "nurse" as const, validFrom, validUntil }],
    });
    expect(careThanksFacts(record({ helper: q("2026-05-01", "2030-03-31") })).helperQualified).toBe(true);
    expect(careThanksFacts(record({ helper: q("2026-06-02", "2030-03-31") })).helperQualified).toBe(false);
    expect(careThanksFacts(record({ helper: q("2020-01-01", "2026-05-31") })).helperQualified).toBe(false);
  });

  it("caps the supplements at +200 yen/h with both a certification and a qualification", () => {
    const helper = {
      ...NO_RECORDS,
      organiserCertifiedUntil: "2026-12-31",
      qualifications: [{ kind: "hoikushi" as const, validUntil: "2030-01-01" }],
    };
    expect(yen(record({ end: at("11:00"), helper }))).toBe(700);
  });

  it("applies the single-parent discount through its last day only", () => {
    const parent = { ...NO_RECORDS, singleParentValidFrom: "2026-01-01", singleParentValidUntil: "2026-06-01" };
    expect(careThanksFacts(record({ parent })).parentSingleParentVerified).toBe(true);
    const next = record({ start: at("10:00", "2026-06-02"), end: at("11:00", "2026-06-02"), parent });
    expect(careThanksFacts(next).parentSingleParentVerified).toBe(false);
  });

  it("keeps the waiver and the expenses: a waived care still pays its expenses", () => {
    const r = record({ waived: true, expenses: [{ kind: "meal", label: "お昼ごはん", yen: 600 }] });
    expect(yen(r)).toBe(600);
  });
});
