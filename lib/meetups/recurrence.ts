import { addDays, type IsoDate, sameDayMonthsLater } from "@/lib/time/dates";
import { atTokyo } from "@/lib/time/tokyo";

export const MEETUP_FREQUENCIES = ["weekly", "monthly"] as const;
export type MeetupFrequency = (typeof MEETUP_FREQUENCIES)[number];

/** A series longer than this is several series: a year of weekly meetups at most. */
export const MAX_OCCURRENCES = 52;

export type Recurrence = { frequency: MeetupFrequency; until: IsoDate };
export type Occurrence = { startsAt: Date; endsAt: Date };

/**
 * The Tokyo dates of a series from its first date through `until` (inclusive). Monthly meetups fall
 * on the same day of the month; a month without that day (the 31st in April) has none. Stops one
 * past `limit`, so a caller can tell "too many" without expanding a century.
 */
export function occurrenceDates(first: IsoDate, recurrence: Recurrence | null, limit = MAX_OCCURRENCES): IsoDate[] {
  if (!recurrence) return [first];
  const dates: IsoDate[] = [];
  for (let i = 0; dates.length <= limit; i++) {
    const date = recurrence.frequency === "weekly" ? addDays(first, 7 * i) : sameDayMonthsLater(first, i);
    if (date === null) continue;
    if (date > recurrence.until) break;
    dates.push(date);
  }
  return dates;
}

/** Each occurrence at the same Tokyo wall-clock times as the first. */
export function expandOccurrences(first: IsoDate, startClock: string, endClock: string, recurrence: Recurrence | null): Occurrence[] {
  return occurrenceDates(first, recurrence).map((date) => ({ startsAt: atTokyo(date, startClock), endsAt: atTokyo(date, endClock) }));
}
