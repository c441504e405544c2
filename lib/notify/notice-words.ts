import type { Locale } from "@/lib/i18n/locales";
import { messagesFor, translator } from "@/lib/i18n/messages";
import { notificationTarget, notificationText } from "./notification-text";

export interface NoticeForDelivery {
  kind: string;
  requestId: string | null;
  data: unknown;
}

/**
 * What every channel says of a notification, in the reader's language: the bell's sentence and the
 * full address of the page it is about (under `baseUrl`). E-mail, push and LINE all start here.
 */
export function noticeWords(n: NoticeForDelivery, locale: Locale, baseUrl: string): { text: string; url: string } {
  const t = translator(locale);
  const messages = messagesFor(locale);
  const translate = Object.assign((key: string, values?: Record<string, string | number>) => t(`notifications.${key}`, values), {
    has: (key: string) =>
      `notifications.${key}`.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages) !== undefined,
  });
  return { text: notificationText(translate, n.kind, n.data, locale), url: new URL(notificationTarget(n), baseUrl).toString() };
}
