import { getLocale, getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { latestMail } from "@/db/queries/mail";
import { latestSms } from "@/db/queries/sms";
import type { Locale } from "@/lib/i18n/locales";
import { formatPhoneJa } from "@/lib/members/phone";
import { formatDateTime } from "@/lib/time/format";

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

/** Mail text with its links clickable. */
function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="break-all text-brand-800 underline">
            {part}
          </a>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

export default async function DevMailPage() {
  const t = await getTranslations("dev");
  const locale = (await getLocale()) as Locale;
  const [mails, texts] = await Promise.all([latestMail(db()), latestSms(db())]);
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("mailTitle")}</h1>
      {mails.length === 0 && <p className="mt-4">{t("mailEmpty")}</p>}
      <ol className="mt-6 flex flex-col gap-4">
        {mails.map((m) => (
          <li key={m.id} className="rounded-xl border border-stone-200 bg-white p-4" data-testid="mail">
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt className="text-stone-600">{t("mailTo")}</dt>
              <dd data-testid="mail-to">{m.to}</dd>
              <dt className="text-stone-600">{t("mailSubject")}</dt>
              <dd className="font-bold">{m.subject}</dd>
              <dt className="text-stone-600">{t("mailSent")}</dt>
              <dd>{formatDateTime(m.createdAt, locale)}</dd>
            </dl>
            <pre className="mt-3 font-sans text-sm whitespace-pre-wrap">
              <Linkified text={m.text} />
            </pre>
          </li>
        ))}
      </ol>
      <h2 className="mt-10 text-xl font-bold">{t("smsTitle")}</h2>
      {texts.length === 0 && <p className="mt-4">{t("smsEmpty")}</p>}
      <ol className="mt-6 flex flex-col gap-4">
        {texts.map((m) => (
          <li key={m.id} className="rounded-xl border border-stone-200 bg-white p-4" data-testid="sms">
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt className="text-stone-600">{t("mailTo")}</dt>
              <dd data-testid="sms-to">{formatPhoneJa(m.to)}</dd>
              <dt className="text-stone-600">{t("mailSent")}</dt>
              <dd>{formatDateTime(m.createdAt, locale)}</dd>
            </dl>
            <p className="mt-3 text-sm whitespace-pre-wrap">{m.body}</p>
          </li>
        ))}
      </ol>
    </SiteFrame>
  );
}
