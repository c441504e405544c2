import { addDays, type IsoDate } from "@/lib/time/dates";

// The certification of organisers (認定サポーター), as DOMAIN.md tells it: identity checked, training
// done, approved by an admin for one year; renewed the same way, from the current end.

/** The training an organiser completes before applying (and again, within the period, to renew). */
export const TRAINING_MODULES = ["child_safety", "first_aid", "meetup_running", "privacy"] as const;
export type TrainingModule = (typeof TRAINING_MODULES)[number];
export type TrainingRecord = { module: TrainingModule; completedOn: IsoDate };

/** Training older than this does not count for an application. */
export const TRAINING_VALID_DAYS = 730;

export const IDENTITY_DOCUMENTS = ["drivers_licence", "my_number_card", "passport", "residence_card", "other"] as const;
export type IdentityDocument = (typeof IDENTITY_DOCUMENTS)[number];

/**
 * The My Number card's individual number may not be collected for this (番号法): for that card the
 * admin records the type seen and no number at all.
 */
export const recordsDocumentNumber = (doc: IdentityDocument) => doc !== "my_number_card";

/** The organiser hears this many days before their certification ends. */
export const REMINDER_DAYS = 30;
/** A certified organiser may apply to renew once the end is this close. */
export const RENEWAL_WINDOW_DAYS = 60;

/** One year from `from`, through the day before the same date next year (29 February: to 28 February). */
export function yearFrom(from: IsoDate): { from: IsoDate; until: IsoDate } {
  const [y, m, d] = from.split("-").map(Number);
  const sameDateNextYear = new Date(Date.UTC(y! + 1, m! - 1, d!)).toISOString().slice(0, 10);
  return { from, until: addDays(sameDateNextYear, -1) };
}

/** The period an approval on `day` grants: a renewal runs on from the current end, anything else starts that day. */
export function approvedPeriod(currentUntil: IsoDate | null, day: IsoDate): { from: IsoDate; until: IsoDate } {
  return currentUntil !== null && currentUntil >= day ? yearFrom(addDays(currentUntil, 1)) : yearFrom(day);
}

/** Whether a member may apply today: not certified, or certified with the end in sight. */
export function mayApply(currentUntil: IsoDate | null, today: IsoDate): boolean {
  return currentUntil === null || currentUntil < today || addDays(currentUntil, -RENEWAL_WINDOW_DAYS) <= today;
}

/** A renewal is an application while the certification is still in force. */
export const isRenewal = (currentUntil: IsoDate | null, today: IsoDate) => currentUntil !== null && currentUntil >= today;

/** The reminder is due from REMINDER_DAYS before the last day, through the last day. */
export function reminderDue(until: IsoDate, today: IsoDate): boolean {
  return addDays(until, -REMINDER_DAYS) <= today && today <= until;
}

/** The first day of the unbroken run of approved periods that ends with `until` (a renewal joins its predecessor). */
export function unbrokenFrom(periods: readonly { from: IsoDate; until: IsoDate }[], until: IsoDate): IsoDate | null {
  const sorted = [...periods].sort((a, b) => (a.until < b.until ? 1 : -1));
  const last = sorted.find((p) => p.until === until);
  if (!last) return null;
  let from = last.from;
  for (const p of sorted) if (p.until < from && addDays(p.until, 1) >= from && p.from < from) from = p.from;
  return from;
}

/** Where a member's claim stands at the admin desk: asked for, then approved or rejected (with a reason). */
export const DESK_STATUSES = ["applied", "approved", "rejected"] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

/** Where a verified record stands on `today`: waiting, in force, past its expiry, or turned down. */
export function verificationState(row: { status: DeskStatus; validUntil: IsoDate | null }, today: IsoDate) {
  if (row.status !== "approved") return row.status;
  return row.validUntil !== null && today <= row.validUntil ? "approved" : "expired";
}

/**
 * What the member's profile says about their certification, decided here once: in force (and
 * whether the end is near), ended, never; whether they may apply now, and if it would be a renewal.
 */
export function certificationOutlook(until: IsoDate | null, certified: boolean, today: IsoDate, openApplication: boolean) {
  return {
    certified,
    endingSoon: certified && until !== null && reminderDue(until, today),
    ended: !certified && until !== null && until < today ? until : null,
    canApply: !openApplication && mayApply(until, today),
    renewal: isRenewal(until, today),
    renewalOpensOn: !openApplication && !mayApply(until, today) && until !== null ? addDays(until, -RENEWAL_WINDOW_DAYS) : null,
  };
}
