/** Before a matched care, parent and helper are reminded this long ahead (each once). */
export const CARE_REMINDERS = [
  { name: "24h", aheadMs: 24 * 3_600_000 },
  { name: "1h", aheadMs: 3_600_000 },
] as const;
export type CareReminder = (typeof CARE_REMINDERS)[number]["name"];

/**
 * The reminder due now for a care starting at `start`, matched at `matchedAt`: the nearest window
 * the clock is in ("1h" within the last hour, "24h" within the last day), and only when the care
 * was matched before that window opened (a care agreed 3 hours ahead needs no "tomorrow" reminder).
 * None once the care has started.
 */
export function careReminderDue(start: Date, matchedAt: Date | null, now: Date): CareReminder | null {
  const ahead = start.getTime() - now.getTime();
  if (ahead <= 0 || !matchedAt) return null;
  const window = [...CARE_REMINDERS].reverse().find((r) => ahead <= r.aheadMs);
  if (!window) return null;
  return matchedAt.getTime() <= start.getTime() - window.aheadMs ? window.name : null;
}

/** Once per care, person, reminder and start time (a care moved to another time is reminded again). */
export const careReminderKey = (requestId: string, userId: string, which: CareReminder, start: Date) =>
  `care:${requestId}:remind_${which}:${userId}:${start.toISOString()}`;
