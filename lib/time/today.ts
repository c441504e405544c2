import { tokyoDate } from "@/lib/insurance/dates";

/** Today's date in Tokyo as 'YYYY-MM-DD' — the day that rules about ages and days speak of. */
export function tokyoToday(now: Date): string {
  return tokyoDate(now);
}
