import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { isRealDate } from "@/lib/time/dates";
import { formatCalendarDate, formatDateTime } from "@/lib/time/format";
import { SERIOUS_INCIDENT_KIND } from "./quiet-hours";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

/**
 * A notification in words: the kind's message under notifications.kinds, its data as the
 * placeholders, data.start (an ISO time) as {when}, data.deadline (an ISO time) and data.until
 * (a calendar date) in the reader's language. An unknown kind still says something.
 */
export function notificationText(t: Translate, kind: string, data: unknown, locale: Locale): string {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries((data ?? {}) as Record<string, unknown>)) {
    if (typeof v === "string" || typeof v === "number") values[k] = v;
  }
  if (typeof values.start === "string" && !Number.isNaN(Date.parse(values.start)))
    values.when = formatDateTime(new Date(values.start), locale);
  if (typeof values.deadline === "string" && !Number.isNaN(Date.parse(values.deadline)))
    values.deadline = formatDateTime(new Date(values.deadline), locale);
  if (typeof values.until === "string" && isRealDate(values.until)) values.until = formatCalendarDate(values.until, locale);
  const key = `kinds.${kind}`;
  return t.has(key) ? t(key, values) : t("fallback");
}

/**
 * Where opening a notification leads: its care, the profile for the certification desk's answers,
 * the admin desk's incident for a serious incident, its meetup (its people page for "people I met"), or back to the list.
 */
export function notificationTarget(n: { kind: string; requestId: string | null; data: unknown }): string {
  if (n.requestId) return `/requests/${n.requestId}`;
  if (n.kind.startsWith("standing.")) return "/profile#standing";
  // The consultation desk's answers are read on the desk's page, where the member's threads are.
  if (n.kind.startsWith("contact.")) return "/contact";
  if (n.kind.startsWith("privacy.")) return "/profile/privacy";
  // A serious incident reaches every admin, who opens it at the desk (they are not part of the care).
  const incidentId = (n.data as { incidentId?: unknown } | null)?.incidentId;
  if (n.kind === SERIOUS_INCIDENT_KIND && typeof incidentId === "string" && isUuid(incidentId)) return `/admin/incidents/${incidentId}`;
  // An urgent report reaches every admin, who opens it in the report queue.
  const reportId = (n.data as { reportId?: unknown } | null)?.reportId;
  if (n.kind === "safety.urgent_report" && typeof reportId === "string" && isUuid(reportId)) return `/admin/reports/${reportId}`;
  // A disputed card payment reaches every admin, who sees it among the card payments.
  if (n.kind === "payment_disputed") return "/admin/payments";
  const meetupId = (n.data as { meetupId?: unknown } | null)?.meetupId;
  if (typeof meetupId !== "string" || !isUuid(meetupId)) return "/notifications";
  // People I met: a request to connect, or its answer, opens the meetup's people page.
  return n.kind.startsWith("attendance.") ? `/meetups/${meetupId}/people` : `/meetups/${meetupId}`;
}
