import { describe, expect, it } from "vitest";
import { insuranceFacts } from "@/test/insurance-facts";
import { decideInsurance, type InsuranceFacts } from "./decide";

const decide = (over: Partial<InsuranceFacts>) => decideInsurance(insuranceFacts(over));
const at = (local: string) => new Date(`${local}+09:00`);

describe("decideInsurance", () => {
  it("insures a care that meets every condition", () => {
    expect(decide({})).toEqual({ insured: true, reasons: [], childReasons: [] });
  });

  describe("1. agreed in the app before the start (10:00)", () => {
    it.each([
      ["a minute before", "2026-06-01T09:59:00", []],
      ["a millisecond before", "2026-06-01T09:59:59.999", []],
      ["exactly at the start", "2026-06-01T10:00:00", ["not_agreed_before_start"]],
      ["a minute after", "2026-06-01T10:01:00", ["not_agreed_before_start"]],
    ])("matched %s → %j", (_label, matchedAt, reasons) => {
      expect(decide({ matchedAt: at(matchedAt) }).reasons).toEqual(reasons);
    });
  });

  describe("2. connected, both in good standing", () => {
    it("not connected when agreed", () => {
      const d = decide({ areConnectedAtMatch: false });
      expect(d).toEqual({ insured: false, reasons: ["not_connected"], childReasons: [] });
    });
    it.each([
      ["parent", "parent_suspended"],
      ["helper", "helper_suspended"],
    ] as const)("%s suspended", (side, reason) => {
      const adult = insuranceFacts()[side];
      expect(decide({ [side]: { ...adult, status: "suspended" } }).reasons).toEqual([reason]);
    });
  });

  describe("3. every child at least 1 and under 13 on the care date", () => {
    it.each([
      ["the day before the first birthday", "2025-06-02", ["child_too_young"], 0],
      ["on the first birthday", "2025-06-01", [], null],
      ["the day before the 13th birthday", "2013-06-02", [], null],
      ["on the 13th birthday", "2013-06-01", ["child_too_old"], 13],
    ])("a child %s", (_label, birthDate, reasons, ageYears) => {
      const d = decide({ children: [{ id: "c1", birthDate }] });
      expect(d.reasons).toEqual(reasons);
      expect(d.childReasons).toEqual(ageYears === null ? [] : [{ childId: "c1", reason: reasons[0], ageYears }]);
    });

    it("names each child a reason is about, and lists each code once", () => {
      const d = decide({
        children: [
          { id: "baby", birthDate: "2026-01-01" },
          { id: "ok", birthDate: "2019-03-03" },
          { id: "teen", birthDate: "2012-05-05" },
          { id: "twin", birthDate: "2026-01-01" },
        ],
      });
      expect(d.reasons).toEqual(["child_too_young", "child_too_old"]);
      expect(d.childReasons).toEqual([
        { childId: "baby", reason: "child_too_young", ageYears: 0 },
        { childId: "teen", reason: "child_too_old", ageYears: 14 },
        { childId: "twin", reason: "child_too_young", ageYears: 0 },
      ]);
    });

    it("a care with no child is not insured", () => {
      expect(decide({ children: [] }).reasons).toEqual(["no_children"]);
    });
  });

  describe("4. both adults of age (default 18)", () => {
    it.each([
      ["parent", "2008-06-02", ["parent_under_age"]],
      ["parent", "2008-06-01", []],
      ["helper", "2008-06-02", ["helper_under_age"]],
      ["helper", "2008-06-01", []],
    ] as const)("%s born %s (17 the day before the 18th birthday, 18 on it)", (side, birthDate, reasons) => {
      expect(decide({ [side]: { status: "active", birthDate } }).reasons).toEqual(reasons);
    });

    it.each([
      ["2006-06-02", ["helper_under_age"]],
      ["2006-06-01", []],
      ["2008-06-01", ["helper_under_age"]],
    ])("with the adult age configured to 20, a helper born %s → %j", (birthDate, reasons) => {
      expect(decide({ adultAge: 20, helper: { status: "active", birthDate } }).reasons).toEqual(reasons);
    });

    it("rejects a nonsensical adult age as a programming error", () => {
      expect(() => decide({ adultAge: 18.5 })).toThrow(RangeError);
      expect(() => decide({ adultAge: -1 })).toThrow(RangeError);
    });
  });

  describe("the care date is the start's date in Asia/Tokyo", () => {
    const turns13On25th = [{ id: "c", birthDate: "2013-11-25" }];
    const turns1On25th = [{ id: "c", birthDate: "2025-11-25" }];
    const window = (start: string, end: string) => ({
      careStart: new Date(start),
      careEnd: new Date(end),
      matchedAt: new Date("2026-11-20T12:00:00+09:00"),
    });

    it("23:30 JST on the 24th (14:30 UTC) is the 24th", () => {
      const late = window("2026-11-24T23:30:00+09:00", "2026-11-25T01:00:00+09:00");
      expect(decide({ ...late, children: turns13On25th }).insured).toBe(true);
      expect(decide({ ...late, children: turns1On25th }).reasons).toEqual(["child_too_young"]);
    });

    it("00:30 JST on the 25th (still the 24th in UTC) is the 25th", () => {
      const early = window("2026-11-25T00:30:00+09:00", "2026-11-25T02:00:00+09:00");
      expect(early.careStart.toISOString().slice(0, 10)).toBe("2026-11-24");
      expect(decide({ ...early, children: turns13On25th }).reasons).toEqual(["child_too_old"]);
      expect(decide({ ...early, children: turns1On25th }).insured).toBe(true);
    });
  });

  it("an end not after the start is not a care window", () => {
    expect(decide({ careEnd: at("2026-06-01T10:00:00") }).reasons).toEqual(["invalid_care_window"]);
  });

  it("reports every failing condition at once, in a stable order", () => {
    const d = decide({
      matchedAt: at("2026-06-01T10:30:00"),
      areConnectedAtMatch: false,
      parent: { status: "suspended", birthDate: "2010-01-01" },
      helper: { status: "suspended", birthDate: "2009-01-01" },
      children: [
        { id: "old", birthDate: "2000-01-01" },
        { id: "young", birthDate: "2026-05-01" },
      ],
    });
    expect(d).toEqual({
      insured: false,
      reasons: [
        "not_agreed_before_start",
        "not_connected",
        "parent_suspended",
        "helper_suspended",
        "parent_under_age",
        "helper_under_age",
        "child_too_young",
        "child_too_old",
      ],
      childReasons: [
        { childId: "old", reason: "child_too_old", ageYears: 26 },
        { childId: "young", reason: "child_too_young", ageYears: 0 },
      ],
    });
  });
});
