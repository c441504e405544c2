/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

// Asia/Tokyo has kept UTC+9 without daylight saving since 1951, so a fixed
// offset is exact for any care date and needs no ICU time-zone data.
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The calendar date in Asia/Tokyo: 2026-11-24T15:30Z is already the 25th there. */
export function tokyoDate(d: Date): IsoDate {
  if (Number.isNaN(d.getTime())) throw new RangeError("tokyoDate: invalid Date");
  return new Date(d.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);
}

type YearMonthDay = { year: number; month: number; day: number };

// Malformed dates are a programming error here (forms and the database
// validate them first), so they throw rather than produce a silent wrong age.
function parseIsoDate(value: IsoDate): YearMonthDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!match || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${value}`);
  }
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
