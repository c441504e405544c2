import { createTranslator } from "next-intl";
import type { Locale } from "./locales";
import en from "./messages/en.json";
import ja from "./messages/ja.json";

export type Messages = typeof ja;
const catalogues: Record<Locale, Messages> = { ja, en };

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}

/** A translator for code outside React (e-mails, notifications). */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale) });
}
