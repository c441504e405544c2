import { formatCalendarDate, formatEraDate } from "@/lib/time/format";

/** A period in both calendars: 令和8年4月1日〜令和8年9月30日(2026年4月1日〜2026年9月30日). */
export function periodText(p: { from: string; to: string }, locale: "ja" | "en"): string {
  const western = `${formatCalendarDate(p.from, locale)} – ${formatCalendarDate(p.to, locale)}`;
  const era = `${formatEraDate(p.from)}〜${formatEraDate(p.to)}`;
  return locale === "ja" ? `${era}(${formatCalendarDate(p.from, "ja")}〜${formatCalendarDate(p.to, "ja")})` : `${western} (${era})`;
}
