/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 'YYYY-MM-DD' naming a day that exists (not 2026-02-30). */
export function isRealDate(ymd: string): boolean {
  if (!ISO_DATE.test(ymd)) return false;
  const [y, m, d] = ymd.split("-").map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** The calendar date `days` later (or earlier, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

type YearMonthDay = { year: number; month: number; day: number };

// Malformed dates are a programming error here (forms and the database
// validate them first), so they throw rather than produce a silent wrong age.
function parseIsoDate(value: IsoDate): YearMonthDay {
  if (!isRealDate(value)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${value}`);
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * Age in whole years on a date: a year older on the birthday itself. A person
 * born on 29 February turns a year older on 1 March in common years.
 *
 * Japanese law (年齢計算ニ関スル法律, 民法143条) completes a year at the end of
 * the day before the birthday. For a check over a whole day, made as the day
 * begins, that gives the same answer, 29 February births included (the
 * period ends with 28 February, the month's last day). We do not use the
 * school-year reading (a 1 April child counted with the year above).
 * Before the birth date the result is negative.
 */
export function ageOnDate(birthDate: IsoDate, onDate: IsoDate): number {
  const birth = parseIsoDate(birthDate);
  const on = parseIsoDate(onDate);
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** The same day of the month `months` later; null when that month has no such day (31 April). */
export function sameDayMonthsLater(date: IsoDate, months: number): IsoDate | null {
  const { year, month, day } = parseIsoDate(date);
  const target = new Date(Date.UTC(year, month - 1 + months, day));
  if (target.getUTCDate() !== day) return null;
  return target.toISOString().slice(0, 10);
}
