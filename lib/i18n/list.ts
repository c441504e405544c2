import type { Locale } from "./locales";

/** A short list of words as each language writes it: 親・サポーター / Parent, Supporter. */
export function joinList(items: string[], locale: Locale): string {
  return items.join(locale === "ja" ? "・" : ", ");
}
