import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { Mail } from "./mail";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The sign-in e-mail, in the language the member was using when they asked for it. */
export function signInMail(to: string, url: string, locale: Locale, validHours = 24): Mail {
  const t = translator(locale);
  const lines = [
    t("email.signIn.greeting"),
    "",
    t("email.signIn.intro"),
    url,
    "",
    t("email.signIn.expiry", { hours: validHours }),
    t("email.signIn.ignore"),
    "",
    t("email.signIn.signature"),
  ];
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.7;color:#1f2937">
<p>${escapeHtml(t("email.signIn.greeting"))}</p>
<p>${escapeHtml(t("email.signIn.intro"))}</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 20px;background:#0f766e;color:#fff;border-radius:8px;text-decoration:none">${escapeHtml(t("email.signIn.button"))}</a></p>
<p style="font-size:13px;color:#4b5563">${escapeHtml(t("email.signIn.expiry", { hours: validHours }))}<br>${escapeHtml(t("email.signIn.ignore"))}</p>
<p>${escapeHtml(t("email.signIn.signature"))}</p>
</body></html>`;
  return { to, subject: t("email.signIn.subject"), text: lines.join("\n"), html };
}
