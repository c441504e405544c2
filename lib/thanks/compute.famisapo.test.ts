import { describe, expect, it } from "vitest";
import { facts, jst } from "@/test/thanks-facts";
import { computeThanks, type ThanksBreakdown } from "./compute";
import type { ThanksFacts } from "./facts";
import { FAMISAPO_EXAMPLE_RULEBOOK as FAMISAPO } from "./rulebook";

function thanks(f: ThanksFacts): ThanksBreakdown {
  const result = computeThanks(FAMISAPO, f);
  if (!result.ok) throw new Error(`unexpected ${result.error}`);
  return result.breakdown;
}

const surchargeMinutes = (b: ThanksBreakdown) => b.lines.flatMap((l) => (l.kind === "surcharge" ? [l.minutes] : []));

// 2026-06-01 is a Monday, 2026-06-05 a Friday, 2026-06-06 a Saturday.
describe("ファミサポ example rulebook: time of day and weekends (Asia/Tokyo)", () => {
  it("weekday daytime: 500 yen/h, no surcharge", () => {
    const b = thanks(facts({ from: "10:00", to: "12:00" }));
    expect(b.thanksYen).toBe(1000);
    expect(surchargeMinutes(b)).toEqual([]);
  });

  it("an evening care crossing 19:00 pays +100 yen/h only after 19:00", () => {
    const b = thanks(facts({ from: "18:00", to: "20:00" }));
    expect(surchargeMinutes(b)).toEqual([60]);
    expect(b.thanksYen).toBe(1100);
  });

  it("rounded-up minutes fall after the actual end: 18:30–19:10 is charged as 18:30–19:30", () => {
    const b = thanks(facts({ from: "18:30", to: "19:10" }));
    expect(b.chargedMinutes).toBe(60);
    expect(surchargeMinutes(b)).toEqual([30]);
    expect(b.thanksYen).toBe(550);
  });

  it("18:00–19:10 is charged as 18:00–19:30: 90 min + 30 surcharged min = 800 yen", () => {
    expect(thanks(facts({ from: "18:00", to: "19:10" })).thanksYen).toBe(800);
  });

  it("a care ending exactly at 19:00 pays no surcharge", () => {
    expect(thanks(facts({ from: "18:00", to: "19:00" })).thanksYen).toBe(500);
  });

  it("early morning: 06:30–08:00 pays the surcharge for the 30 minutes before 07:00", () => {
    const b = thanks(facts({ from: "06:30", to: "08:00" }));
    expect(surchargeMinutes(b)).toEqual([30]);
    expect(b.thanksYen).toBe(800);
  });

  it("a partial surcharge hour rounds up: 10 min × 100 yen/h = 16.67 → 750 + 16.67 → 767", () => {
    const b = thanks(facts({ from: "06:50", to: "08:00" }));
    expect(b.chargedMinutes).toBe(90);
    expect(surchargeMinutes(b)).toEqual([10]);
    expect(b.thanksYen).toBe(767);
  });

  it("weekend: every minute of a Saturday is surcharged", () => {
    const b = thanks(facts({ start: jst("2026-06-06T10:00"), end: jst("2026-06-06T12:00") }));
    expect(b.thanksYen).toBe(1200);
  });

  it("Friday night into Saturday is surcharged throughout", () => {
    expect(thanks(facts({ start: jst("2026-06-05T23:00"), end: jst("2026-06-06T01:00") })).thanksYen).toBe(1200);
  });

  it("uses the Tokyo clock, not UTC: Monday 08:00 JST is Sunday 23:00 UTC and is not surcharged", () => {
    expect(thanks(facts({ from: "08:00", to: "09:00" })).thanksYen).toBe(500);
  });

  it("a public holiday passed in the facts counts as a non-weekday", () => {
    expect(thanks(facts({ from: "10:00", to: "12:00", holidays: ["2026-06-01"] })).thanksYen).toBe(1200);
    expect(thanks(facts({ from: "10:00", to: "12:00", holidays: ["2026-06-02"] })).thanksYen).toBe(1000);
  });
});

describe("ファミサポ example rulebook: siblings, subsidy, waiver", () => {
  it("siblings pay half: two children on a weekday, 2 h → (500 + 250) × 2 = 1,500 yen", () => {
    expect(thanks(facts({ from: "10:00", to: "12:00", children: 2 })).thanksYen).toBe(1500);
  });

  it("siblings pay half the surcharge too: two children on Saturday, 2 h → (600 + 300) × 2 = 1,800 yen", () => {
    const b = thanks(facts({ start: jst("2026-06-06T10:00"), end: jst("2026-06-06T12:00"), children: 2 }));
    expect(b.lines.find((l) => l.kind === "surcharge")).toMatchObject({ perHourYen: 150, minutes: 120, yen: 300 });
    expect(b.thanksYen).toBe(1800);
  });

  it("the city's subsidy per charged hour goes to the helper, not on the parent's bill", () => {
    const b = thanks(facts({ from: "10:00", to: "11:10", expenses: [{ kind: "meal", label: "昼食", yen: 500 }] }));
    expect(b.chargedMinutes).toBe(90);
    expect(b.subsidyYen).toBe(150);
    expect(b.parentPaysYen).toBe(750 + 500);
    expect(b.helperReceivesYen).toBe(750 + 500 + 150);
  });

  it("has no organiser or qualification supplement and no single-parent discount", () => {
    const b = thanks(facts({ helperCertifiedOrganiser: true, helperQualified: true, parentSingleParentVerified: true }));
    expect(b.thanksYen).toBe(500);
  });

  it("does not allow the helper to waive the fixed fee", () => {
    expect(computeThanks(FAMISAPO, facts({ waived: true }))).toEqual({ ok: false, error: "waiver_not_allowed" });
  });
});
