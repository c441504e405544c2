import { describe, expect, it } from "vitest";
import { reportedWindow, reportSchema } from "./report";

const REQUEST = "5f0e2a5c-8d1b-4c3e-9a7f-2b1c0d9e8f70";

const at = (hhmm: string, day = "2026-06-01") => new Date(`${day}T${hhmm}:00+09:00`);
const agreed = { start: at("10:00"), end: at("11:00") };
const later = at("20:00");

describe("reportSchema", () => {
  const form = (extra: Record<string, string> = {}) => ({ requestId: REQUEST, startTime: "10:00", endTime: "11:10", ...extra });
  const errorsOf = (input: unknown) => {
    const result = reportSchema.safeParse(input);
    // The first problem of each field, as the form shows it (lib/forms.ts).
    return result.success ? {} : Object.fromEntries(result.error.issues.toReversed().map((i) => [String(i.path[0]), i.message]));
  };

  it("reads times and the expense rows, in the order they were typed", () => {
    const result = reportSchema.parse(
      form({
        "expenses.1.kind": "transport",
        "expenses.1.label": "バス",
        "expenses.1.yen": "２２０円",
        "expenses.0.kind": "meal",
        "expenses.0.label": "お昼",
        "expenses.0.yen": "1,200",
      }),
    );
    expect(result).toEqual({
      requestId: REQUEST,
      startTime: "10:00",
      endTime: "11:10",
      expenses: [
        { kind: "meal", label: "お昼", yen: 1200 },
        { kind: "transport", label: "バス", yen: 220 },
      ],
    });
  });

  it("reports no expenses as an empty list", () => {
    expect(reportSchema.parse(form()).expenses).toEqual([]);
  });

  it.each([
    ["-100", "after_expense_negative"],
    ["−100", "after_expense_negative"],
    ["12.5", "after_expense_whole_yen"],
    ["abc", "after_expense_whole_yen"],
    ["50001", "after_expense_too_large"],
    ["9999999999", "after_expense_whole_yen"],
    ["", "required"],
  ])("refuses the amount %j with %s, on that row's field", (yen, message) => {
    expect(errorsOf(form({ "expenses.0.kind": "meal", "expenses.0.label": "お昼", "expenses.0.yen": yen }))).toEqual({
      "expenses.0.yen": message,
    });
  });

  it("accepts 0 yen and exactly the limit", () => {
    const ok = form({
      "expenses.0.kind": "other",
      "expenses.0.label": "おむつ",
      "expenses.0.yen": "0",
      "expenses.1.kind": "other",
      "expenses.1.label": "x",
      "expenses.1.yen": "50000",
    });
    expect(reportSchema.parse(ok).expenses.map((e) => e.yen)).toEqual([0, 50000]);
  });

  it("refuses an unknown kind, an empty or long label, and too many rows", () => {
    expect(errorsOf(form({ "expenses.0.kind": "gift", "expenses.0.label": "x", "expenses.0.yen": "1" }))).toEqual({
      "expenses.0.kind": "choose_one",
    });
    expect(errorsOf(form({ "expenses.0.kind": "meal", "expenses.0.label": " ", "expenses.0.yen": "1" }))).toEqual({
      "expenses.0.label": "required",
    });
    expect(errorsOf(form({ "expenses.0.kind": "meal", "expenses.0.label": "あ".repeat(61), "expenses.0.yen": "1" }))).toEqual({
      "expenses.0.label": "too_long",
    });
    const many = Object.fromEntries(
      Array.from({ length: 21 }, (_, i) => [
        [`expenses.${i}.kind`, "meal"],
        [`expenses.${i}.label`, "x"],
        [`expenses.${i}.yen`, "1"],
      ]).flat(),
    );
    expect(errorsOf(form(many))).toEqual({ expenses: "after_expense_rows_max" });
  });

  it("refuses an end before or at the start together with any other mistake", () => {
    expect(
      errorsOf(form({ startTime: "11:00", endTime: "10:00", "expenses.0.kind": "meal", "expenses.0.label": "x", "expenses.0.yen": "-1" })),
    ).toEqual({
      endTime: "after_end_before_start",
      "expenses.0.yen": "after_expense_negative",
    });
    expect(errorsOf(form({ startTime: "10:00", endTime: "10:00" }))).toEqual({ endTime: "after_end_before_start" });
  });

  it("refuses a time that is not a clock time", () => {
    expect(errorsOf(form({ startTime: "25:00", endTime: "" }))).toEqual({ startTime: "after_invalid_time", endTime: "required" });
  });
});

describe("reportedWindow", () => {
  it("puts the times on the care's day", () => {
    expect(reportedWindow(agreed, "10:00", "11:10", later)).toEqual({ ok: true, start: at("10:00"), end: at("11:10") });
  });

  it("refuses an end before (or at) the start", () => {
    expect(reportedWindow(agreed, "11:00", "10:00", later)).toMatchObject({
      ok: false,
      problem: { field: "endTime", key: "after_end_before_start" },
    });
    expect(reportedWindow(agreed, "10:00", "10:00", later)).toMatchObject({ ok: false, problem: { key: "after_end_before_start" } });
  });

  it("refuses an end that has not come yet", () => {
    expect(reportedWindow(agreed, "10:00", "11:10", at("11:05"))).toMatchObject({ ok: false, problem: { key: "after_end_in_future" } });
  });

  it("refuses a start more than six hours from the agreed one", () => {
    expect(reportedWindow(agreed, "03:59", "11:00", later)).toMatchObject({
      ok: false,
      problem: { field: "startTime", key: "after_start_far_from_agreed" },
    });
    expect(reportedWindow(agreed, "04:00", "11:00", later)).toMatchObject({ ok: true });
  });
});
