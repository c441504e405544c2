import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatDateTime, formatTime } from "@/lib/time/format";
import { splitMinutes } from "@/lib/time/tokyo";

/** Money, durations and times as this section writes them: 1,700円, 1時間10分, 6月1日(月) 10:00〜11:00. */
export async function afterFormat() {
  const t = await getTranslations("careAfter");
  const locale = (await getLocale()) as Locale;
  const duration = (total: number) => {
    const { hours, minutes } = splitMinutes(total);
    if (hours && minutes) return t("duration", { hours, minutes });
    return hours ? t("durationHours", { hours }) : t("durationMinutes", { minutes });
  };
  return {
    t,
    yen: (amount: number) => t("yen", { amount: new Intl.NumberFormat("ja-JP").format(amount) }),
    duration,
    minutesBetween: (start: Date, end: Date) => Math.round((end.getTime() - start.getTime()) / 60_000),
    range: (start: Date, end: Date) =>
      t("timeRange", { date: formatDate(start, locale), start: formatTime(start, locale), end: formatTime(end, locale) }),
    date: (d: Date) => formatDate(d, locale),
    time: (d: Date) => formatTime(d, locale),
    dateTime: (d: Date) => formatDateTime(d, locale),
  };
}

export type AfterFormat = Awaited<ReturnType<typeof afterFormat>>;
