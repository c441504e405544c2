import { z } from "zod";
import { isQuarterHour, MAX_CARE_MINUTES, minutesBetween, tokyoInstant } from "@/lib/care/post/times";
import { uuidField } from "@/lib/ids";
import type { CareState } from "../states";

const quarterHour = z.string({ error: "required" }).min(1, { error: "required" }).refine(isQuarterHour, { error: "after_time_step" });

/** A proposed new time: a day and a quarter-hour start and end, like the request itself. */
export const timeChangeSchema = z
  .object({
    requestId: uuidField(),
    date: z.string({ error: "required" }).min(1, { error: "required" }),
    startTime: quarterHour,
    endTime: quarterHour,
  })
  .superRefine((v, ctx) => {
    if (!tokyoInstant(v.date, "00:00")) ctx.addIssue({ code: "custom", path: ["date"], message: "invalid_date" });
  })
  .transform((v) => ({ requestId: v.requestId, startAt: tokyoInstant(v.date, v.startTime)!, endAt: tokyoInstant(v.date, v.endTime)! }));

export type TimeChangeProblem = { field: "date" | "startTime" | "endTime"; key: string; values?: Record<string, number> };

type Window = { start: Date; end: Date };

/**
 * A time change is not a state change, but it is only for a matched care that has not ended:
 * after the end the report says how long it really was.
 */
export function timeChangeOpen(state: CareState): boolean {
  return state === "matched";
}

/** Once the care has begun its start is history: only the end can move. */
export function hasStarted(current: Window, now: Date): boolean {
  return now.getTime() >= current.start.getTime();
}

/** Whether `proposed` may replace the window in force at `now`: once begun, only the end moves (an extension or an earlier finish). */
export function checkTimeChange(current: Window, proposed: Window, now: Date): TimeChangeProblem | null {
  const started = hasStarted(current, now);
  if (started && proposed.start.getTime() !== current.start.getTime()) {
    return { field: "startTime", key: "after_start_already_passed" };
  }
  if (!started && proposed.start.getTime() <= now.getTime()) return { field: "startTime", key: "after_start_in_past" };
  const minutes = minutesBetween(proposed.start, proposed.end);
  if (minutes <= 0) return { field: "endTime", key: "after_end_before_start" };
  if (minutes > MAX_CARE_MINUTES) return { field: "endTime", key: "after_too_long", values: { max: MAX_CARE_MINUTES / 60 } };
  if (proposed.end.getTime() <= now.getTime()) return { field: "endTime", key: "after_end_in_past" };
  if (proposed.start.getTime() === current.start.getTime() && proposed.end.getTime() === current.end.getTime()) {
    return { field: "endTime", key: "after_same_time" };
  }
  return null;
}

/** A change that ends later than the window in force: insured if agreed before that end (lib/insurance). */
export function isExtension(current: Window, proposed: Window): boolean {
  return proposed.end.getTime() > current.end.getTime();
}
