import { type IsoDate, isRealDate } from "./dates";

// Every rule that speaks of days or hours speaks of Tokyo's. Asia/Tokyo has kept UTC+9 without
// daylight saving since 1951, so one fixed offset is exact for any care date and needs no
// time-zone data; this is the only place it is written down.
const TOKYO_OFFSET_MINUTES = 9 * 60;
const MINUTE_MS = 60_000;
const TOKYO_OFFSET_MS = TOKYO_OFFSET_MINUTES * MINUTE_MS;
const DAY_MINUTES = 24 * 60;

/** The instant shifted so that its UTC fields read Tokyo's wall clock. */
function tokyoFields(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError("invalid Date");
  return new Date(d.getTime() + TOKYO_OFFSET_MS).toISOString();
}

/** The calendar date in Asia/Tokyo: 2026-11-24T15:30Z is already the 25th there. */
export function tokyoDate(d: Date): IsoDate {
  return tokyoFields(d).slice(0, 10);
}

/** The Tokyo wall-clock time of an instant, 'HH:MM'. */
export function tokyoClock(d: Date): string {
  return tokyoFields(d).slice(11, 16);
}

/** 'HH:MM' on the Tokyo date 'YYYY-MM-DD' as an instant (both already validated). */
export function atTokyo(date: IsoDate, clock: string): Date {
  const [hours, minutes] = clock.split(":").map(Number);
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!, hours, minutes) - TOKYO_OFFSET_MS);
}

// An <input type="datetime-local"> speaks wall-clock time without a zone; ours is always Tokyo's.
const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** "2026-11-24T09:30" in Tokyo → the instant; null for anything else (including 2026-02-30). */
export function parseTokyoLocal(value: string): Date | null {
  const m = LOCAL.exec(value);
  if (!m || !isRealDate(m[1]!) || Number(m[2]) > 23 || Number(m[3]) > 59) return null;
  return atTokyo(m[1]!, `${m[2]}:${m[3]}`);
}

/** The instant as a datetime-local value in Tokyo, to the minute. */
export function toTokyoLocal(d: Date): string {
  return tokyoFields(d).slice(0, 16);
}

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

/** 70 → { hours: 1, minutes: 10 }, for "1時間10分". */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** The Tokyo calendar year holding `now`, as [from, to): e.g. an organiser's "families reached this year". */
export function tokyoYear(now: Date): { year: number; from: Date; to: Date } {
  const year = Number(tokyoDate(now).slice(0, 4));
  return { year, from: atTokyo(`${year}-01-01`, "00:00"), to: atTokyo(`${year + 1}-01-01`, "00:00") };
}

/**
 * A Tokyo calendar month 'YYYY-MM' as [from, to), with its neighbours; `month` when it is a valid
 * month, else the month holding `now` (e.g. a helper's monthly statement).
 */
export function tokyoMonth(month: string | undefined, now: Date): { month: string; from: Date; to: Date; previous: string; next: string } {
  const valid = month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : tokyoDate(now).slice(0, 7);
  const [y, m] = valid.split("-").map(Number) as [number, number];
  const at = (year: number, mon: number) => {
    const d = new Date(Date.UTC(year, mon - 1, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  };
  const next = at(y, m + 1);
  return { month: valid, from: atTokyo(`${valid}-01`, "00:00"), to: atTokyo(`${next}-01`, "00:00"), previous: at(y, m - 1), next };
}
