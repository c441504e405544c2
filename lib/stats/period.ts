import { addDays, isRealDate, sameDayMonthsLater } from "@/lib/time/dates";
import { atTokyo } from "@/lib/time/tokyo";

// The range a dashboard shows is whole Tokyo months: every figure of a range is summed from its
// months' summaries (lib/stats/tally.ts), so staff pick months, and a range given in days (an old
// link, a typed URL) is widened to the whole months it touches. `from` is the first day of the first
// month and `to` the last day of the last month, both included.

export type Period = { from: string; to: string };
export const MAX_PERIOD_MONTHS = 36;

const firstOf = (month: string) => `${month}-01`;
const lastOf = (month: string) => addDays(sameDayMonthsLater(firstOf(month), 1)!, -1);
const monthOf = (date: string) => date.slice(0, 7);
const shift = (month: string, months: number) => monthOf(sameDayMonthsLater(firstOf(month), months)!);

/** The instants [start, end) of a period. */
export function instants(p: Period): { start: Date; end: Date } {
  return { start: atTokyo(p.from, "00:00"), end: atTokyo(addDays(p.to, 1), "00:00") };
}

/** The whole months 'from' to 'to' (as 'YYYY-MM'). */
export function monthsPeriod(from: string, to: string): Period {
  return { from: firstOf(from), to: lastOf(to) };
}

/** The same number of whole months just before. */
export function previousPeriod(p: Period): Period {
  const n = monthsOf(p).length;
  return monthsPeriod(shift(monthOf(p.from), -n), shift(monthOf(p.from), -1));
}

/** The last twelve months, the month in progress (of `today`) included. */
export function defaultPeriod(today: string): Period {
  return monthsPeriod(shift(monthOf(today), -11), monthOf(today));
}

/** The whole month 'YYYY-MM'. */
export function monthPeriod(month: string): Period {
  return monthsPeriod(month, month);
}

/** 'YYYY-MM' (the month picker) or 'YYYY-MM-DD' (widened to its month), else null. */
function monthIn(value: unknown): string | null {
  if (typeof value !== "string") return null;
  if (/^\d{4}-\d{2}$/.test(value)) return isRealDate(firstOf(value)) ? value : null;
  return isRealDate(value) ? monthOf(value) : null;
}

/** A period from a query string, or null if it is not one (then the page uses the default). */
export function parsePeriod(from: unknown, to: unknown): Period | null {
  const [a, b] = [monthIn(from), monthIn(to)];
  if (a === null || b === null || a > b) return null;
  const p = monthsPeriod(a, b);
  return monthsOf(p).length <= MAX_PERIOD_MONTHS ? p : null;
}

/**
 * The period a page or an export asks for: the default when the query names none, else the one it
 * names; a query that names one badly is `refused` (the page says so and shows the default, an
 * export answers 400), never silently read as the default.
 */
export function periodOfQuery(from: unknown, to: unknown, today: string): { period: Period; refused: boolean } {
  const given = (v: unknown) => v !== undefined && v !== "";
  if (!given(from) && !given(to)) return { period: defaultPeriod(today), refused: false };
  const period = parsePeriod(from, to);
  return period ? { period, refused: false } : { period: defaultPeriod(today), refused: true };
}

/** 'YYYY-MM' of every month the period touches. */
export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  const last = monthOf(p.to);
  for (let m = monthOf(p.from); m <= last; m = shift(m, 1)) out.push(m);
  return out;
}

/** The months whose end falls within `days` after `day` (inclusive of its own): those a day's activity counts in. */
export function monthsReached(day: string, days: number): string[] {
  return monthsOf({ from: day, to: addDays(day, days) });
}
