import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { Mail } from "@/lib/notify/mail";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The desk's answer to a visitor, who has no account to read it in: the answer itself, in the
 * language they asked in. (A member's answer is a notification, and its e-mail links to /contact.)
 */
export function deskReplyMail(to: string, body: string, locale: Locale): Mail {
  const t = translator(locale);
  const lines = [t("email.deskReply.greeting"), "", t("email.deskReply.intro"), "", body, "", t("email.deskReply.signature")];
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.7;color:#1f2937">
<p>${escapeHtml(t("email.deskReply.greeting"))}</p>
<p>${escapeHtml(t("email.deskReply.intro"))}</p>
<blockquote style="margin:0;padding:8px 16px;border-left:4px solid #0f766e;white-space:pre-line">${escapeHtml(body)}</blockquote>
<p>${escapeHtml(t("email.deskReply.signature"))}</p>
</body></html>`;
  return { to, subject: t("email.deskReply.subject"), text: lines.join("\n"), html };
}
