// Asia/Tokyo has no daylight saving, so a fixed offset is exact (as in lib/thanks).
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The Tokyo calendar date of an instant, 'YYYY-MM-DD' (one implementation, in lib/insurance). */
export { tokyoDate as tokyoDateOf } from "@/lib/insurance/dates";

/** The Tokyo wall-clock time of an instant, 'HH:MM'. */
export function tokyoClockOf(at: Date): string {
  return new Date(at.getTime() + TOKYO_OFFSET_MS).toISOString().slice(11, 16);
}

/** 'HH:MM' on the Tokyo date 'YYYY-MM-DD' as an instant (both already validated). */
export function atTokyo(date: string, clock: string): Date {
  return new Date(`${date}T${clock}:00+09:00`);
}

/** 70 → { hours: 1, minutes: 10 }, for "1時間10分". */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
