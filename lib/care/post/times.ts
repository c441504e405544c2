import { isRealDate } from "@/lib/time/dates";
import { atTokyo } from "@/lib/time/tokyo";

/** Requests start and end on the quarter hour. */
export const STEP_MINUTES = 15;
/** A longer care is two requests: a helper should not be asked for a whole day and night at once. */
export const MAX_CARE_MINUTES = 12 * 60;

const CLOCK = /^([01]\d|2[0-3]):(00|15|30|45)$/;

/** "07:00", "07:15", … "23:45": what the time pickers offer. */
export const TIME_OPTIONS: readonly string[] = Array.from({ length: (24 * 60) / STEP_MINUTES }, (_, i) => {
  const minutes = i * STEP_MINUTES;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
});

export function isQuarterHour(clock: string): boolean {
  return CLOCK.test(clock);
}

/** A Tokyo wall-clock time on a Tokyo date ('YYYY-MM-DD', 'HH:MM') as an instant; null if either is malformed. */
export function tokyoInstant(date: string, clock: string): Date | null {
  if (!isRealDate(date) || !CLOCK.test(clock)) return null;
  return atTokyo(date, clock);
}

export function minutesBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}
