// Asia/Tokyo has kept UTC+9 without daylight saving since 1951, so a fixed
// offset is exact for any care date and needs no ICU time-zone data.
const TOKYO_OFFSET_MINUTES = 9 * 60;
const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;

export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type TokyoWallClock = {
  /** 'YYYY-MM-DD' in Tokyo */
  date: string;
  weekday: Weekday;
  /** 0..1439 */
  minuteOfDay: number;
};

/** Whole minutes since 1970-01-01 00:00 on Tokyo's wall clock (seconds dropped). */
export function tokyoMinute(at: Date): number {
  return Math.floor(at.getTime() / MINUTE_MS) + TOKYO_OFFSET_MINUTES;
}

/** The Tokyo calendar day `dayIndex` days after 1970-01-01. */
export function tokyoDay(dayIndex: number): { date: string; weekday: Weekday } {
  return {
    date: new Date(dayIndex * DAY_MINUTES * MINUTE_MS).toISOString().slice(0, 10),
    // 1970-01-01 was a Thursday.
    weekday: WEEKDAYS[(((dayIndex + 4) % 7) + 7) % 7] ?? "sun",
  };
}

export function tokyoWallClock(at: Date): TokyoWallClock {
  const minute = tokyoMinute(at);
  const dayIndex = Math.floor(minute / DAY_MINUTES);
  return { ...tokyoDay(dayIndex), minuteOfDay: minute - dayIndex * DAY_MINUTES };
}

/** "HH:MM" (or "24:00") → minutes since midnight. */
export function clockMinutes(hhmm: string): number {
  const [hours, minutes] = hhmm.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
