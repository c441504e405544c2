import { urgentNotice } from "./quiet-hours";

/** What a member may turn off, per category: every notice is still kept in the app (the bell). */
export const NOTICE_CATEGORIES = ["requests", "care", "reminders", "meetups", "account"] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];

/** The channels besides the app; the in-app record is not one of them (it is always kept). */
export const NOTICE_CHANNELS = ["email", "push", "line"] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/** A member's choices: the category/channel pairs they turned off, and their own quiet hours. */
export interface Preferences {
  /** "category.channel" pairs that are off; everything else is on. */
  off: readonly string[];
  /** "HH:MM-HH:MM", "off", or null for the site's default (QUIET_HOURS). */
  quietHours: string | null;
}

export const DEFAULT_PREFERENCES: Preferences = { off: [], quietHours: null };

// Reminders are asked of the member (report, confirm, be there): they go before the area they belong to.
const REMINDER_KINDS = new Set([
  "after_report_due",
  "after_report_due_again",
  "after_confirm_due_again",
  "care_reminder_24h",
  "care_reminder_1h",
  "meetup_reminder",
  "standing.certification_ending",
]);

/** The category each kind of notice belongs to, decided once here (unknown kinds count as care updates). */
export function categoryOf(kind: string): NoticeCategory {
  if (REMINDER_KINDS.has(kind)) return "reminders";
  if (kind.startsWith("care_")) return "requests";
  if (kind.startsWith("meetup_") || kind.startsWith("attendance.")) return "meetups";
  if (kind.startsWith("standing.")) return "account";
  return "care";
}

export const preferenceKey = (category: NoticeCategory, channel: NoticeChannel) => `${category}.${channel}`;

/**
 * Whether a notice goes out on a channel: what the member chose for its category, except that an
 * urgent notice (a serious incident, a care starting within two hours) always goes.
 */
export function channelWanted(
  prefs: Preferences | null | undefined,
  notice: { kind: string; data?: unknown },
  channel: NoticeChannel,
  now: Date,
): boolean {
  if (urgentNotice(notice.kind, notice.data, now)) return true;
  return !(prefs ?? DEFAULT_PREFERENCES).off.includes(preferenceKey(categoryOf(notice.kind), channel));
}

/** Keeps only known "category.channel" pairs, each once (what a form or a stored row may hold). */
export function cleanOff(values: readonly string[]): string[] {
  const known = new Set(NOTICE_CATEGORIES.flatMap((c) => NOTICE_CHANNELS.map((ch) => preferenceKey(c, ch))));
  return [...new Set(values.filter((v) => known.has(v)))].sort();
}
