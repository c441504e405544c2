import type { Locale } from "@/lib/i18n/locales";

const digits = { ja: new Intl.NumberFormat("ja-JP"), en: new Intl.NumberFormat("en-GB") };

/** Integer yen as people write it: 1,700円 (English: ¥1,700). */
export function formatYen(yen: number, locale: Locale): string {
  if (locale === "en") return `${yen < 0 ? "−" : ""}¥${digits.en.format(Math.abs(yen))}`;
  return `${digits.ja.format(yen)}円`;
}

/** Minutes as hours and minutes, for the catalogue's care.duration message. */
export function durationParts(minutes: number) {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
