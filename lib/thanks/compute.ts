import { chargedMinutes, surchargedMinutes } from "./charged-time";
import { actualMinutes, checkThanksFacts, type ExpenseKind, type ThanksFacts, type ThanksFactsError } from "./facts";
import { ceilDiv, roundLinesUp } from "./money";
import type { Rulebook } from "./rulebook";

export type RateLineKind = "base" | "extra_children" | "supplement" | "supplement_cap" | "surcharge" | "single_parent_discount";

/** yen/hour × minutes; a negative rate is a deduction. */
export type RateLine = { kind: RateLineKind; labelKey: string; perHourYen: number; minutes: number; yen: number };
export type WaiverLine = { kind: "waiver"; labelKey: string; yen: number };
export type ExpenseLine = { kind: "expense"; labelKey: string; expenseKind: ExpenseKind; label: string; yen: number };
export type ThanksLine = RateLine | WaiverLine | ExpenseLine;

export type ThanksBreakdown = {
  rulebookKey: string;
  actualMinutes: number;
  chargedMinutes: number;
  /** The hourly rate before time-of-day surcharges (they vary minute by minute). */
  ratePerHourYen: number;
  /** Thank-you lines, then the waiver if any, then expenses; they add up to parentPaysYen. */
  lines: ThanksLine[];
  thanksYen: number;
  expensesYen: number;
  /** Paid to the helper by the municipality; not part of what the parent pays. */
  subsidyYen: number;
  parentPaysYen: number;
  helperReceivesYen: number;
};

export type ThanksResult = { ok: true; breakdown: ThanksBreakdown } | { ok: false; error: ThanksFactsError; expenseIndex?: number };

export function computeThanks(rulebook: Rulebook, facts: ThanksFacts): ThanksResult {
  const problem = checkThanksFacts(rulebook, facts);
  if (problem) return { ok: false, ...problem };

  const actual = actualMinutes(facts.start, facts.end);
  const charged = chargedMinutes(actual, rulebook.timeUnits);
  const pending = rateLines(rulebook, facts, charged);
  const rounded = roundLinesUp(pending.map((l) => l.perHourYen * l.minutes));
  const lines: ThanksLine[] = pending.map((l, i) => ({ ...l, yen: rounded.lines[i] ?? 0 }));
  if (facts.waived) lines.push({ kind: "waiver", labelKey: "thanks.line.waiver", yen: 0 - rounded.total });

  const thanksYen = facts.waived ? 0 : rounded.total;
  let expensesYen = 0;
  for (const e of facts.expenses) {
    const labelKey = `thanks.expense.${e.kind}`;
    lines.push({ kind: "expense", labelKey, expenseKind: e.kind, label: e.label.trim(), yen: e.yen });
    expensesYen += e.yen;
  }
  const subsidyYen = ceilDiv(rulebook.subsidyPerHourYen * charged, 60);

  return {
    ok: true,
    breakdown: {
      rulebookKey: rulebook.key,
      actualMinutes: actual,
      chargedMinutes: charged,
      ratePerHourYen: pending.filter((l) => l.kind !== "surcharge").reduce((sum, l) => sum + l.perHourYen, 0),
      lines,
      thanksYen,
      expensesYen,
      subsidyYen,
      parentPaysYen: thanksYen + expensesYen,
      helperReceivesYen: thanksYen + expensesYen + subsidyYen,
    },
  };
}

type PendingLine = Omit<RateLine, "yen">;

function rateLines(rulebook: Rulebook, facts: ThanksFacts, charged: number): PendingLine[] {
  const extraChildren = facts.children - 1;
  const lines: PendingLine[] = [];
  const add = (kind: RateLineKind, labelKey: string, perHourYen: number, minutes = charged) =>
    lines.push({ kind, labelKey, perHourYen, minutes });

  add("base", "thanks.line.base", rulebook.rates.firstChildPerHourYen);
  const extraRate = rulebook.rates.extraChildPerHourYen * extraChildren;
  if (extraRate > 0) add("extra_children", "thanks.line.extra_children", extraRate);

  const conditions = new Set(facts.conditions ?? []);
  if (facts.helperCertifiedOrganiser) conditions.add("helper_certified_organiser");
  if (facts.helperQualified) conditions.add("helper_qualified");
  let supplementTotal = 0;
  for (const s of rulebook.supplements.items) {
    if (!conditions.has(s.when) || s.perHourYen === 0) continue;
    add("supplement", `thanks.supplement.${s.key}`, s.perHourYen);
    supplementTotal += s.perHourYen;
  }
  if (supplementTotal > rulebook.supplements.capPerHourYen) {
    add("supplement_cap", "thanks.line.supplement_cap", rulebook.supplements.capPerHourYen - supplementTotal);
  }

  const holidays = new Set(facts.holidays ?? []);
  for (const s of rulebook.surcharges) {
    const perHourYen = s.perHourYen + s.perExtraChildPerHourYen * extraChildren;
    const minutes = perHourYen > 0 ? surchargedMinutes(s, facts.start, charged, holidays) : 0;
    if (minutes > 0) add("surcharge", `thanks.surcharge.${s.key}`, perHourYen, minutes);
  }

  const discount = rulebook.singleParentDiscountPerHourYen;
  if (facts.parentSingleParentVerified && discount > 0) {
    add("single_parent_discount", "thanks.line.single_parent_discount", -discount);
  }
  return lines;
}
