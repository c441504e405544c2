import { addDays } from "@/lib/time/dates";
import { atTokyo, tokyoDate } from "@/lib/time/tokyo";

/** The morning after a care, the helper who has not reported yet is asked again, at this Tokyo time. */
export const REPORT_AGAIN_CLOCK = "08:00";

/** When a care that ended at `end` and is still not reported asks its helper again: 8:00 Tokyo the next day. */
export function reportAgainAt(end: Date): Date {
  return atTokyo(addDays(tokyoDate(end), 1), REPORT_AGAIN_CLOCK);
}

/** Dedup keys: each reminder is sent once per care, however many sweeps see it. */
export const reportDueKey = (requestId: string) => `care:${requestId}:report_due`;
export const reportDueAgainKey = (requestId: string) => `care:${requestId}:report_due_again`;

/** The parent who has not confirmed a report is asked again the morning after it came (8:00 Tokyo), once. */
export const confirmDueAgainKey = (requestId: string) => `care:${requestId}:confirm_due_again`;
