import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { formatDateTime } from "@/lib/time/format";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

/**
 * A notification in words: the kind's message under notifications.kinds, its data as the
 * placeholders, and data.start (an ISO time) as {when}. An unknown kind still says something.
 */
export function notificationText(t: Translate, kind: string, data: unknown, locale: Locale): string {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries((data ?? {}) as Record<string, unknown>)) {
    if (typeof v === "string" || typeof v === "number") values[k] = v;
  }
  if (typeof values.start === "string" && !Number.isNaN(Date.parse(values.start)))
    values.when = formatDateTime(new Date(values.start), locale);
  const key = `kinds.${kind}`;
  return t.has(key) ? t(key, values) : t("fallback");
}

/** Where a notification leads: its care request, its meetup, or back to the list. */
export function notificationTarget(n: { requestId: string | null; data: unknown }): string {
  if (n.requestId) return `/requests/${n.requestId}`;
  const meetupId = (n.data as { meetupId?: unknown } | null)?.meetupId;
  return typeof meetupId === "string" && isUuid(meetupId) ? `/meetups/${meetupId}` : "/notifications";
}
