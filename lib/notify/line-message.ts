import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { type NoticeForDelivery, noticeWords } from "./notice-words";

/** The Messaging API's limit for one text message. */
const LINE_TEXT_MAX = 5000;

/** A notice as one LINE text message: the sentence, then the link to its page. */
export function lineText(n: NoticeForDelivery, locale: Locale, baseUrl: string): string {
  const { text, url } = noticeWords(n, locale, baseUrl);
  const tail = `\n\n${translator(locale)("channels.line.open")}\n${url}`;
  const room = LINE_TEXT_MAX - tail.length;
  return `${text.length > room ? `${text.slice(0, room - 1)}…` : text}${tail}`;
}
