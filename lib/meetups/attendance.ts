import { atTokyo, tokyoDate } from "@/lib/time/tokyo";

/** The Tokyo calendar year holding `now`, as [start, end): the organiser's "families reached this year". */
export function tokyoYear(now: Date): { year: number; from: Date; to: Date } {
  const year = Number(tokyoDate(now).slice(0, 4));
  return { year, from: atTokyo(`${year}-01-01`, "00:00"), to: atTokyo(`${year + 1}-01-01`, "00:00") };
}
