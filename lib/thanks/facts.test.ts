import { describe, expect, it } from "vitest";
import { facts, jst } from "@/test/thanks-facts";
import { computeThanks } from "./compute";
import { careLimits, type Expense, expenseLimits, type ThanksFacts } from "./facts";
import { DEFAULT_RULEBOOK } from "./rulebook";

const errorOf = (f: ThanksFacts) => {
  const result = computeThanks(DEFAULT_RULEBOOK, f);
  return result.ok ? null : { error: result.error, expenseIndex: result.expenseIndex };
};
const meal = (yen: number, label = "昼食"): Expense => ({ kind: "meal", label, yen });

describe("computeThanks rejects bad facts with a code", () => {
  it.each<[string, Partial<ThanksFacts> & { from?: string; to?: string }, string]>([
    ["an invalid start", { start: new Date("nope") }, "invalid_time"],
    ["an invalid end", { end: new Date(Number.NaN) }, "invalid_time"],
    ["end equal to start", { to: "10:00" }, "end_not_after_start"],
    ["end before start", { to: "09:00" }, "end_not_after_start"],
    ["less than a minute", { end: new Date("2026-06-01T10:00:59+09:00") }, "end_not_after_start"],
    ["more than 24 h", { end: jst("2026-06-02T10:01") }, "care_too_long"],
    ["no child", { children: 0 }, "children_out_of_range"],
    ["half a child", { children: 1.5 }, "children_out_of_range"],
    ["more than 10 children", { children: careLimits.maxChildren + 1 }, "children_out_of_range"],
    ["too many expense items", { expenses: Array.from({ length: 21 }, () => meal(1)) }, "too_many_expenses"],
  ])("%s → %s", (_label, over, error) => {
    expect(errorOf(facts(over))?.error).toBe(error);
  });

  it.each<[string, Expense, string]>([
    ["a negative amount", meal(-1), "expense_negative"],
    ["a fraction of a yen", meal(100.5), "expense_not_whole_yen"],
    ["NaN", meal(Number.NaN), "expense_not_whole_yen"],
    ["more than the single-item limit", meal(expenseLimits.maxItemYen + 1), "expense_too_large"],
    ["an empty label", meal(100, "   "), "expense_label_invalid"],
    ["an overlong label", meal(100, "あ".repeat(expenseLimits.maxLabelLength + 1)), "expense_label_invalid"],
    ["an unknown kind", { kind: "gift", label: "x", yen: 1 } as unknown as Expense, "expense_kind_invalid"],
  ])("an expense with %s → %s, naming the item", (_label, bad, error) => {
    expect(errorOf(facts({ expenses: [meal(300), bad] }))).toEqual({ error, expenseIndex: 1 });
  });

  it("allows at most 20 expense items", () => {
    expect(expenseLimits.maxItems).toBe(20);
  });

  it("accepts the limits themselves: 24 h, 10 children, 20 items of 50,000 yen", () => {
    const limits = facts({
      end: jst("2026-06-02T10:00"),
      children: careLimits.maxChildren,
      expenses: Array.from({ length: expenseLimits.maxItems }, () => meal(expenseLimits.maxItemYen)),
    });
    const result = computeThanks(DEFAULT_RULEBOOK, limits);
    expect(result.ok && result.breakdown.expensesYen).toBe(1_000_000);
  });
});
