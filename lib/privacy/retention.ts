// How long things are kept: one schedule, applied by the job runner (lib/privacy/workflows/retention.ts).
// The privacy page states these same periods (it reads them from here).

export interface RetentionRule {
  /** Kept this many days after `from`. */
  days: number;
  /** What is removed when the period ends. */
  action: "delete" | "erase_details";
}

export const RETENTION = {
  /** Who opened a child's care details: the parent can check for a year. */
  careDetailViews: { days: 365, action: "delete" },
  /** Nap checks of a care (children's health): a year after the check. */
  napChecks: { days: 365, action: "delete" },
  /** An incident's description and frozen care record: five years (claims for injury, 民法724条の2); the row stays, without them. */
  incidentDetails: { days: 5 * 365, action: "erase_details" },
  /**
   * Late cancellations and no-shows: deleted at their own expiry, stored when recorded
   * (RELIABILITY_MONTHS after it, lib/care/cancel/reliability.ts), not counted in days here.
   */
  reliabilityRecords: { days: 0, action: "delete" },
  /** Notifications in the bell: six months. */
  notifications: { days: 183, action: "delete" },
  /** Sign-in links once they expire. */
  verificationTokens: { days: 0, action: "delete" },
  /** A data export's file, from when it was built. */
  exports: { days: 7, action: "delete" },
} as const satisfies Record<string, RetentionRule>;

export type RetentionKey = keyof typeof RETENTION;

const DAY_MS = 86_400_000;

/** For each kind of record, the instant before which it is due (records dated earlier go). */
export function retentionCutoffs(now: Date): Record<RetentionKey, Date> {
  return Object.fromEntries(Object.entries(RETENTION).map(([key, rule]) => [key, new Date(now.getTime() - rule.days * DAY_MS)])) as Record<
    RetentionKey,
    Date
  >;
}

/** When an export built at `readyAt` stops being downloadable. */
export function exportExpiry(readyAt: Date): Date {
  return new Date(readyAt.getTime() + RETENTION.exports.days * DAY_MS);
}
