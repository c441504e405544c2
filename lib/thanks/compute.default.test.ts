import { describe, expect, it } from "vitest";
import { facts, jst } from "@/test/thanks-facts";
import { computeThanks, type ThanksBreakdown } from "./compute";
import type { ThanksFacts } from "./facts";
import { DEFAULT_RULEBOOK, type Rulebook } from "./rulebook";

function thanks(f: ThanksFacts, rulebook: Rulebook = DEFAULT_RULEBOOK): ThanksBreakdown {
  const result = computeThanks(rulebook, f);
  if (!result.ok) throw new Error(`unexpected ${result.error}`);
  return result.breakdown;
}

const yenOf = (b: ThanksBreakdown, kind: string) => b.lines.filter((l) => l.kind === kind).map((l) => l.yen);

describe("default rulebook: worked examples of DOMAIN.md", () => {
  it("one child 1 h 10 min → 1 h + one 30-minute unit → 750 yen", () => {
    const b = thanks(facts({ to: "11:10" }));
    expect(b.chargedMinutes).toBe(90);
    expect(b.thanksYen).toBe(750);
  });

  it("two children 2 h by a certified organiser → 850 yen/h × 2 h = 1,700 yen", () => {
    const b = thanks(facts({ to: "12:00", children: 2, helperCertifiedOrganiser: true }));
    expect(b.ratePerHourYen).toBe(850);
    expect(b.thanksYen).toBe(1700);
    expect(yenOf(b, "base")).toEqual([1000]);
    expect(yenOf(b, "extra_children")).toEqual([500]);
    expect(yenOf(b, "supplement")).toEqual([200]);
  });

  it("a 20-minute 送迎 of one child → 500 yen (minimum)", () => {
    const b = thanks(facts({ from: "17:00", to: "17:20" }));
    expect(b.actualMinutes).toBe(20);
    expect(b.chargedMinutes).toBe(60);
    expect(b.thanksYen).toBe(500);
  });
});

describe("default rulebook: time units", () => {
  it.each([
    ["exactly 1 h", "11:00", 60, 500],
    ["1 h 01 min", "11:01", 90, 750],
    ["1 h 30 min", "11:30", 90, 750],
    ["1 h 31 min", "11:31", 120, 1000],
    ["2 h", "12:00", 120, 1000],
    ["2 h 01 min", "12:01", 150, 1250],
    ["1 min", "10:01", 60, 500],
  ])("%s → %i charged minutes, %i yen", (_label, to, charged, yen) => {
    const b = thanks(facts({ to }));
    expect(b.chargedMinutes).toBe(charged);
    expect(b.thanksYen).toBe(yen);
  });

  it("ignores seconds in the confirmed times", () => {
    const b = thanks(facts({ start: new Date("2026-06-01T10:00:59+09:00"), end: new Date("2026-06-01T11:00:01+09:00") }));
    expect(b.actualMinutes).toBe(60);
    expect(b.thanksYen).toBe(500);
  });

  it("has no time-of-day surcharge: an evening hour costs the same", () => {
    expect(thanks(facts({ from: "20:00", to: "21:00" })).thanksYen).toBe(500);
    expect(thanks(facts({ start: jst("2026-06-06T10:00"), end: jst("2026-06-06T11:00") })).thanksYen).toBe(500);
  });
});

describe("default rulebook: children and supplements", () => {
  it("each further child adds 250 yen/h: three children 1 h → 1,000 yen", () => {
    const b = thanks(facts({ children: 3 }));
    expect(b.ratePerHourYen).toBe(1000);
    expect(yenOf(b, "extra_children")).toEqual([500]);
    expect(b.thanksYen).toBe(1000);
  });

  it("three children 1 h 30 min → 1,500 yen", () => {
    expect(thanks(facts({ children: 3, to: "11:30" })).thanksYen).toBe(1500);
  });

  it("a verified qualification adds 100 yen/h → 600 yen for 1 h", () => {
    const b = thanks(facts({ helperQualified: true }));
    expect(b.thanksYen).toBe(600);
    expect(b.lines.find((l) => l.kind === "supplement")?.labelKey).toBe("thanks.supplement.qualified");
  });

  it("a certified organiser adds 100 yen/h → 600 yen for 1 h", () => {
    expect(thanks(facts({ helperCertifiedOrganiser: true })).thanksYen).toBe(600);
  });

  it("both supplements reach the 200 yen/h cap exactly → 700 yen for 1 h, no cap line", () => {
    const b = thanks(facts({ helperCertifiedOrganiser: true, helperQualified: true }));
    expect(b.thanksYen).toBe(700);
    expect(yenOf(b, "supplement_cap")).toEqual([]);
  });

  it("a hypothetical third supplement is still capped at 200 yen/h", () => {
    const rulebook: Rulebook = {
      ...DEFAULT_RULEBOOK,
      supplements: {
        ...DEFAULT_RULEBOOK.supplements,
        items: [...DEFAULT_RULEBOOK.supplements.items, { key: "sick_child", when: "sick_child", perHourYen: 100 }],
      },
    };
    const all = facts({ helperCertifiedOrganiser: true, helperQualified: true, conditions: ["sick_child"], to: "12:00" });
    const b = thanks(all, rulebook);
    expect(yenOf(b, "supplement")).toEqual([200, 200, 200]);
    expect(yenOf(b, "supplement_cap")).toEqual([-200]);
    expect(b.ratePerHourYen).toBe(700);
    expect(b.thanksYen).toBe(1400);
    expect(thanks(facts({ conditions: ["sick_child"] }), rulebook).thanksYen).toBe(600);
  });

  it("a condition no rulebook supplement names changes nothing", () => {
    expect(thanks(facts({ conditions: ["sick_child"] })).thanksYen).toBe(500);
  });
});

describe("default rulebook: waiver, discount, rounding, expenses", () => {
  const meal = { kind: "meal", label: "夕食", yen: 800 } as const;
  const train = { kind: "transport", label: "電車代", yen: 420 } as const;

  it("「気持ちだけでOK」 makes the thank-you 0 yen while expenses are still paid", () => {
    const b = thanks(facts({ to: "12:00", children: 2, waived: true, expenses: [meal] }));
    expect(b.thanksYen).toBe(0);
    expect(yenOf(b, "waiver")).toEqual([-1500]);
    expect(b.expensesYen).toBe(800);
    expect(b.parentPaysYen).toBe(800);
    expect(b.helperReceivesYen).toBe(800);
  });

  it("a verified single parent pays 100 yen/h less in total", () => {
    const b = thanks(facts({ parentSingleParentVerified: true }));
    expect(b.ratePerHourYen).toBe(400);
    expect(yenOf(b, "single_parent_discount")).toEqual([-100]);
    expect(b.thanksYen).toBe(400);
  });

  it("the discount is per hour charged and applies on top of children and supplements", () => {
    const b = thanks(facts({ to: "12:00", children: 2, helperCertifiedOrganiser: true, parentSingleParentVerified: true }));
    expect(b.thanksYen).toBe(1500);
    // The minimum is the first hour, so a 20-minute 送迎 costs one discounted hour.
    expect(thanks(facts({ to: "10:20", parentSingleParentVerified: true })).thanksYen).toBe(400);
  });

  it("a fraction of a yen rounds up (1-minute units: 61 min × 500 yen/h = 508.33 → 509)", () => {
    const perMinute: Rulebook = { ...DEFAULT_RULEBOOK, timeUnits: { firstBlockMinutes: 60, unitMinutes: 1 } };
    expect(thanks(facts({ to: "11:01" }), perMinute).thanksYen).toBe(509);
  });

  it("rounds the total once and the lines still add up (15-min units, 2 children, 1 h 15 → 937.5 → 938)", () => {
    const quarter: Rulebook = { ...DEFAULT_RULEBOOK, timeUnits: { firstBlockMinutes: 60, unitMinutes: 15 } };
    const b = thanks(facts({ to: "11:15", children: 2 }), quarter);
    expect(b.thanksYen).toBe(938);
    expect(yenOf(b, "base")).toEqual([625]);
    expect(yenOf(b, "extra_children")).toEqual([313]);
  });

  it("itemises expenses at cost on top of the thank-you", () => {
    const b = thanks(facts({ to: "11:10", expenses: [meal, train, { kind: "other", label: " 絵本 ", yen: 0 }] }));
    expect(b.thanksYen).toBe(750);
    expect(b.expensesYen).toBe(1220);
    expect(b.parentPaysYen).toBe(1970);
    expect(b.lines.filter((l) => l.kind === "expense")).toEqual([
      { kind: "expense", labelKey: "thanks.expense.meal", expenseKind: "meal", label: "夕食", yen: 800 },
      { kind: "expense", labelKey: "thanks.expense.transport", expenseKind: "transport", label: "電車代", yen: 420 },
      { kind: "expense", labelKey: "thanks.expense.other", expenseKind: "other", label: "絵本", yen: 0 },
    ]);
  });

  it("takes no fee and pays no subsidy: the helper receives what the parent pays", () => {
    const b = thanks(facts({ to: "11:10", expenses: [meal] }));
    expect(b.subsidyYen).toBe(0);
    expect(b.helperReceivesYen).toBe(b.parentPaysYen);
  });

  it("gives a full, stable breakdown", () => {
    expect(thanks(facts({ to: "11:10", children: 2, helperQualified: true }))).toEqual({
      rulebookKey: "otagai_default",
      actualMinutes: 70,
      chargedMinutes: 90,
      ratePerHourYen: 850,
      lines: [
        { kind: "base", labelKey: "thanks.line.base", perHourYen: 500, minutes: 90, yen: 750 },
        { kind: "extra_children", labelKey: "thanks.line.extra_children", perHourYen: 250, minutes: 90, yen: 375 },
        { kind: "supplement", labelKey: "thanks.supplement.qualified", perHourYen: 100, minutes: 90, yen: 150 },
      ],
      thanksYen: 1275,
      expensesYen: 0,
      subsidyYen: 0,
      parentPaysYen: 1275,
      helperReceivesYen: 1275,
    });
  });
});
