import { ageOnDate, type IsoDate } from "@/lib/time/dates";

/**
 * Tokyo's guidance on sleeping children (教育・保育施設等における事故防止のガイドライン): check
 * breathing and posture every 10 minutes for ages 1–2 (most sleep deaths happen under 3),
 * and every 15 minutes for older children.
 */
export const NAP_INTERVAL_MINUTES = { toddler: 10, older: 15 } as const;
const TODDLER_UNTIL_AGE = 3;

export const NAP_STATES = ["asleep_ok", "awake", "concern"] as const;
export type NapState = (typeof NAP_STATES)[number];

export function napIntervalMinutes(ageYears: number): number {
  return ageYears < TODDLER_UNTIL_AGE ? NAP_INTERVAL_MINUTES.toddler : NAP_INTERVAL_MINUTES.older;
}

/** The interval for a child on the care day (ages are taken on that day, as for insurance). */
export function napIntervalFor(birthDate: IsoDate, careDate: IsoDate): number {
  return napIntervalMinutes(ageOnDate(birthDate, careDate));
}

/**
 * When the next check is due after the last one: a sleeping child (or one the helper is
 * worried about) is checked again after the interval; an awake child needs no timer.
 */
export function nextNapCheckAt(last: { state: NapState; checkedAt: Date } | null, intervalMinutes: number): Date | null {
  if (!last || last.state === "awake") return null;
  return new Date(last.checkedAt.getTime() + intervalMinutes * 60_000);
}
