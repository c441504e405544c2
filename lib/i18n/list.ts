import type { Locale } from "./locales";

/** A short list of words as each language writes it: 親・サポーター / Parent, Supporter. */
export function joinList(items: string[], locale: Locale): string {
  return items.join(locale === "ja" ? "・" : ", ");
}

/** People's names as each language lists them: はると、みお / Haruto, Mio. */
export function joinNames(names: string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: "conjunction", style: "narrow" }).format(names);
}
