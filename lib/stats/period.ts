import { addDays, isRealDate, sameDayMonthsLater } from "@/lib/time/dates";
import { atTokyo } from "@/lib/time/tokyo";

// The date range a dashboard shows: Tokyo dates, both ends included.

export type Period = { from: string; to: string };
export const MAX_PERIOD_DAYS = 366 * 3;

const dayMs = 86_400_000;
const days = (p: Period) => Math.round((atTokyo(p.to, "00:00").getTime() - atTokyo(p.from, "00:00").getTime()) / dayMs) + 1;

/** The instants [start, end) of a period. */
export function instants(p: Period): { start: Date; end: Date } {
  return { start: atTokyo(p.from, "00:00"), end: atTokyo(addDays(p.to, 1), "00:00") };
}

/** The period of the same length just before. */
export function previousPeriod(p: Period): Period {
  const n = days(p);
  return { from: addDays(p.from, -n), to: addDays(p.from, -1) };
}

/** The last twelve whole months up to the month of `today` included. */
export function defaultPeriod(today: string): Period {
  return { from: sameDayMonthsLater(`${today.slice(0, 7)}-01`, -11)!, to: today };
}

/** The whole month 'YYYY-MM'. */
export function monthPeriod(month: string): Period {
  const first = `${month}-01`;
  return { from: first, to: addDays(sameDayMonthsLater(first, 1)!, -1) };
}

/** A period from a query string, or null if it is not one (then the page uses the default). */
export function parsePeriod(from: unknown, to: unknown): Period | null {
  if (typeof from !== "string" || typeof to !== "string" || !isRealDate(from) || !isRealDate(to) || from > to) return null;
  const p = { from, to };
  return days(p) <= MAX_PERIOD_DAYS ? p : null;
}

/** 'YYYY-MM' of every month the period touches. */
export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  let [y, m] = p.from.split("-").map(Number) as [number, number];
  const last = p.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= last) return out;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}
