import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { type NoticeForDelivery, noticeWords } from "./notice-words";

/** What public/sw.js shows: the title and sentence of the notice, and the page a tap opens. */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
  /** One notification on the device per notice (a repeat replaces it). */
  tag: string;
  lang: Locale;
}

/** A push service takes at most 4 KB of encrypted payload; the sentence is kept well under it. */
const BODY_MAX = 1000;

export function pushPayload(n: NoticeForDelivery & { id: string }, locale: Locale, baseUrl: string): PushPayload {
  const { text, url } = noticeWords(n, locale, baseUrl);
  const body = text.length > BODY_MAX ? `${text.slice(0, BODY_MAX - 1)}…` : text;
  return { title: translator(locale)("common.appName"), body, url, tag: n.id, lang: locale };
}
