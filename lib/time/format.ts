import type { Locale } from "@/lib/i18n/locales";
import { TIME_ZONE } from "@/lib/i18n/locales";

// Japanese conventions: 2026年11月24日(火) 9:00 — always in Asia/Tokyo, whatever the server's zone.
const options = {
  date: { year: "numeric", month: "long", day: "numeric", weekday: "short", timeZone: TIME_ZONE },
  time: { hour: "numeric", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const tag = (locale: Locale) => (locale === "ja" ? "ja-JP" : "en-GB");

// Making a formatter costs about 150 µs and using one about 1 µs; a page formats dozens of times.
const made = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, kind: string, o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${kind}`;
  let f = made.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, o);
    made.set(key, f);
  }
  return f;
}

export function formatDate(d: Date, locale: Locale): string {
  return formatter(tag(locale), "date", options.date).format(d);
}

export function formatTime(d: Date, locale: Locale): string {
  return formatter(tag(locale), "time", options.time).format(d);
}

export function formatDateTime(d: Date, locale: Locale): string {
  return `${formatDate(d, locale)} ${formatTime(d, locale)}`;
}

/** A calendar date stored as 'YYYY-MM-DD' (a birth date), shown without any time-zone shift. */
export function formatCalendarDate(ymd: string, locale: Locale): string {
  const [y, m, d] = ymd.split("-").map(Number);
  return formatter(tag(locale), "calendar", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/** A calendar date in the Japanese era (令和8年4月1日), as a council document dates it. */
export function formatEraDate(ymd: string): string {
  const [y, m, d] = ymd.split("-").map(Number);
  return formatter("ja-JP-u-ca-japanese", "era", {
    era: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** A month 'YYYY-MM' as 2026年4月 or Apr 2026. */
export function formatMonth(month: string, locale: Locale): string {
  const [y, m] = month.split("-").map(Number);
  return formatter(tag(locale), "month", { year: "numeric", month: locale === "ja" ? "long" : "short", timeZone: "UTC" }).format(
    new Date(Date.UTC(y!, m! - 1, 1)),
  );
}
