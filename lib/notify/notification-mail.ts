import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { Mail } from "./mail";
import { type NoticeForDelivery, noticeWords } from "./notice-words";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The e-mail that carries an in-app notification, in the member's language: the same sentence
 * as the bell, a link to the page it is about (under `baseUrl`), a plain-text part and HTML.
 */
export function notificationMail(to: string, name: string | null, n: NoticeForDelivery, locale: Locale, baseUrl: string): Mail {
  const t = translator(locale);
  const { text, url } = noticeWords(n, locale, baseUrl);
  const greeting = name ? t("email.notification.greeting", { name }) : t("email.notification.greetingNoName");
  const lines = [
    greeting,
    "",
    text,
    "",
    t("email.notification.open"),
    url,
    "",
    t("email.notification.why"),
    "",
    t("email.signIn.signature"),
  ];
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.7;color:#1f2937">
<p>${escapeHtml(greeting)}</p>
<p style="font-size:17px">${escapeHtml(text)}</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 20px;background:#0f766e;color:#fff;border-radius:8px;text-decoration:none">${escapeHtml(t("email.notification.button"))}</a></p>
<p style="font-size:13px;color:#4b5563">${escapeHtml(t("email.notification.why"))}</p>
<p>${escapeHtml(t("email.signIn.signature"))}</p>
</body></html>`;
  return { to, subject: t("email.notification.subject", { text: subjectOf(text) }), text: lines.join("\n"), html };
}

/** Subjects stay short enough for a phone's list of mail. */
function subjectOf(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
