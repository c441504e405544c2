import { TIME_ZONE } from "@/lib/i18n/locales";

/** Today's date in Tokyo as 'YYYY-MM-DD' — the day that rules about ages and days speak of. */
export function tokyoToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
