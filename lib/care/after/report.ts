import { z } from "zod";
import { gatherRows, withFlatPaths } from "@/lib/children/rows";
import { uuidField } from "@/lib/ids";
import { atTokyo, tokyoDate } from "@/lib/time/tokyo";
import { expenseRows } from "./expenses";
import { clockTime } from "./fields";

function withExpenseRows(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  return { ...raw, expenses: gatherRows(raw as Record<string, unknown>, "expenses") };
}

/** The helper's report as the form posts it: actual start and end on the care's day, and expense rows "expenses.0.yen"… */
export const reportSchema = withFlatPaths(
  z.preprocess(
    withExpenseRows,
    z
      .object({ requestId: uuidField(), startTime: clockTime, endTime: clockTime, expenses: expenseRows })
      // Both are on the care's day, so "HH:MM" strings compare as times do; said here too so
      // that the helper sees this with any other mistake at once.
      .refine((v) => v.endTime > v.startTime, { path: ["endTime"], error: "after_end_before_start" }),
  ),
);

export type ReportProblem = { field: "startTime" | "endTime"; key: string; values?: Record<string, number> };

/** How far the actual start may be from the agreed one: a wrong hour is a typo, not a care. */
export const REPORT_START_TOLERANCE_MINUTES = 6 * 60;
const MINUTE = 60_000;

/**
 * The actual times on the care's Tokyo day (requests do not cross midnight), checked against
 * the agreed window and the clock: a report is about a care that has ended.
 */
export function reportedWindow(
  agreed: { start: Date; end: Date },
  startTime: string,
  endTime: string,
  now: Date,
): { ok: true; start: Date; end: Date } | { ok: false; problem: ReportProblem } {
  const day = tokyoDate(agreed.start);
  const start = atTokyo(day, startTime);
  const end = atTokyo(day, endTime);
  const fail = (problem: ReportProblem) => ({ ok: false, problem }) as const;
  if (Math.abs(start.getTime() - agreed.start.getTime()) > REPORT_START_TOLERANCE_MINUTES * MINUTE) {
    return fail({ field: "startTime", key: "after_start_far_from_agreed", values: { hours: REPORT_START_TOLERANCE_MINUTES / 60 } });
  }
  if (end.getTime() <= start.getTime()) return fail({ field: "endTime", key: "after_end_before_start" });
  if (end.getTime() > now.getTime()) return fail({ field: "endTime", key: "after_end_in_future" });
  return { ok: true, start, end };
}
