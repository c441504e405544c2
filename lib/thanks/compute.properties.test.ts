import { describe, expect, it } from "vitest";
import { computeThanks, type ThanksBreakdown } from "./compute";
import { EXPENSE_KINDS, type ThanksFacts } from "./facts";
import { DEFAULT_RULEBOOK, FAMISAPO_EXAMPLE_RULEBOOK, type Rulebook } from "./rulebook";

// mulberry32: a tiny seeded generator, so a failure can be replayed.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(next: () => number, waiverAllowed: boolean): ThanksFacts {
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const start = new Date(Date.UTC(2026, 0, 1) + int(0, 365 * 24 * 60) * 60_000);
  return {
    start,
    end: new Date(start.getTime() + int(1, 12 * 60) * 60_000),
    children: int(1, 10),
    helperCertifiedOrganiser: next() < 0.5,
    helperQualified: next() < 0.5,
    waived: waiverAllowed && next() < 0.2,
    parentSingleParentVerified: next() < 0.3,
    expenses: Array.from({ length: int(0, 3) }, () => ({
      kind: EXPENSE_KINDS[int(0, 2)] ?? "other",
      label: "x",
      yen: int(0, 50_000),
    })),
    holidays: next() < 0.2 ? [start.toISOString().slice(0, 10)] : [],
  };
}

function breakdown(rulebook: Rulebook, f: ThanksFacts): ThanksBreakdown {
  const result = computeThanks(rulebook, f);
  if (!result.ok) throw new Error(`unexpected ${result.error}`);
  return result.breakdown;
}

const RUNS = 400;

describe.each([
  ["default", DEFAULT_RULEBOOK],
  ["ファミサポ example", FAMISAPO_EXAMPLE_RULEBOOK],
])("properties over %s rulebook", (_name, rulebook) => {
  it("amounts are whole yen, never negative, and the lines add up", () => {
    const next = random(1);
    for (let run = 0; run < RUNS; run++) {
      const b = breakdown(rulebook, generate(next, rulebook.waiverAllowed));
      for (const yen of [b.thanksYen, b.expensesYen, b.subsidyYen, b.parentPaysYen, b.helperReceivesYen]) {
        expect(Number.isInteger(yen) && yen >= 0).toBe(true);
      }
      for (const line of b.lines) {
        expect(Number.isInteger(line.yen)).toBe(true);
        if (line.kind !== "supplement_cap" && line.kind !== "single_parent_discount" && line.kind !== "waiver") {
          expect(line.yen).toBeGreaterThanOrEqual(0);
        }
      }
      expect(b.lines.reduce((sum, l) => sum + l.yen, 0)).toBe(b.parentPaysYen);
      expect(b.helperReceivesYen).toBe(b.parentPaysYen + b.subsidyYen);
    }
  });

  it("never charges less than the first block unless waived", () => {
    const next = random(2);
    for (let run = 0; run < RUNS; run++) {
      const f = generate(next, rulebook.waiverAllowed);
      const b = breakdown(rulebook, f);
      const shortest = breakdown(rulebook, { ...f, end: new Date(f.start.getTime() + 60_000) });
      expect(b.chargedMinutes).toBeGreaterThanOrEqual(rulebook.timeUnits.firstBlockMinutes);
      if (f.waived) {
        expect(b.thanksYen).toBe(0);
      } else {
        expect(b.thanksYen).toBeGreaterThanOrEqual(shortest.thanksYen);
        const cheapestHour = rulebook.rates.firstChildPerHourYen - rulebook.singleParentDiscountPerHourYen;
        expect(b.thanksYen * 60).toBeGreaterThanOrEqual(cheapestHour * rulebook.timeUnits.firstBlockMinutes);
      }
    }
  });

  it("never decreases as the care grows longer", () => {
    const next = random(3);
    for (let run = 0; run < RUNS / 4; run++) {
      const f = generate(next, rulebook.waiverAllowed);
      let previous = breakdown(rulebook, { ...f, end: new Date(f.start.getTime() + 60_000) });
      for (let minutes = 2; minutes <= 6 * 60; minutes += 7) {
        const b = breakdown(rulebook, { ...f, end: new Date(f.start.getTime() + minutes * 60_000) });
        expect(b.chargedMinutes).toBeGreaterThanOrEqual(previous.chargedMinutes);
        expect(b.thanksYen).toBeGreaterThanOrEqual(previous.thanksYen);
        expect(b.subsidyYen).toBeGreaterThanOrEqual(previous.subsidyYen);
        previous = b;
      }
    }
  });

  it("never decreases with another child", () => {
    const next = random(4);
    for (let run = 0; run < RUNS; run++) {
      const f = { ...generate(next, rulebook.waiverAllowed), children: 1 };
      let previous = breakdown(rulebook, f).thanksYen;
      for (let children = 2; children <= 10; children++) {
        const yen = breakdown(rulebook, { ...f, children }).thanksYen;
        expect(yen).toBeGreaterThanOrEqual(previous);
        previous = yen;
      }
    }
  });
});
