import { clockMinutes, tokyoDay, tokyoMinute } from "@/lib/time/tokyo";
import { ceilDiv } from "./money";
import type { Rulebook, RulebookDay, Surcharge } from "./rulebook";

const DAY_MINUTES = 24 * 60;

/** The first block is charged in full (so it is also the minimum); after it, whole units, rounded up. */
export function chargedMinutes(actualMinutes: number, units: Rulebook["timeUnits"]): number {
  if (actualMinutes <= units.firstBlockMinutes) return units.firstBlockMinutes;
  const beyond = actualMinutes - units.firstBlockMinutes;
  return units.firstBlockMinutes + ceilDiv(beyond, units.unitMinutes) * units.unitMinutes;
}

/**
 * How many charged minutes a surcharge applies to.
 *
 * Allocation: the charged minutes are laid end to end from the actual start,
 * so the minutes added by rounding up fall after the actual end and are priced
 * by the time of day they would fall at. Each minute is classified by its own
 * Tokyo wall-clock time, so a care crossing 19:00 pays the surcharge only for
 * the minutes after it. Laying the minutes out this way means a longer care can
 * never cost less.
 */
export function surchargedMinutes(surcharge: Surcharge, start: Date, charged: number, holidays: ReadonlySet<string>): number {
  const windows = surcharge.windows.map((w) => ({
    days: new Set<RulebookDay>(w.days),
    from: clockMinutes(w.from),
    to: clockMinutes(w.to),
  }));
  const first = tokyoMinute(start);
  let count = 0;
  let dayIndex = Number.NaN;
  let day: RulebookDay = "mon";
  for (let minute = first; minute < first + charged; minute++) {
    const index = Math.floor(minute / DAY_MINUTES);
    if (index !== dayIndex) {
      dayIndex = index;
      const calendar = tokyoDay(index);
      day = holidays.has(calendar.date) ? "holiday" : calendar.weekday;
    }
    const minuteOfDay = minute - index * DAY_MINUTES;
    const inside = windows.some((w) => w.days.has(day) && w.from <= minuteOfDay && minuteOfDay < w.to);
    if (inside === (surcharge.applies === "inside")) count++;
  }
  return count;
}
