import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { PrintButton } from "@/app/_components/print-button";
import { SiteFrame } from "@/app/_components/site-frame";
import { linkClass } from "@/app/(member)/requests/_components/styles";
import { db } from "@/db";
import { meetupReceiptFor } from "@/db/queries/meetup-payments";
import { requireMember } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { formatDate } from "@/lib/time/format";

/**
 * The receipt (領収書) of a meetup fee paid by card, for the member who paid it only: the organiser
 * is the payee, the platform received it on their behalf (代理受領), as for a care's thank-you.
 */
export default async function MeetupReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { userId } = await requireMember();
  const { id } = await params;
  const receipt = isUuid(id) ? await meetupReceiptFor(db(), id, userId) : null;
  if (!receipt) notFound();
  const t = await getTranslations("payments.receipt");
  const tm = await getTranslations("meetups.receipt");
  const ta = await getTranslations("careAfter");
  const locale = (await getLocale()) as Locale;
  const { payment } = receipt;
  return (
    <SiteFrame>
      <Link href={`/meetups/${id}`} className={`${linkClass} inline-flex min-h-11 items-center print:hidden`}>
        {tm("back")}
      </Link>
      <article id="receipt" className="mt-4 flex flex-col gap-3 rounded-xl border border-stone-300 bg-white p-6">
        <h1 className="text-center text-2xl font-bold tracking-widest">{t("title")}</h1>
        <p className="text-lg">{t("addressee", { name: receipt.memberName })}</p>
        <p className="border-b-2 border-stone-800 pb-1 text-center text-3xl font-bold tabular-nums">
          <span className="sr-only">{t("amountLabel")}: </span>
          {ta("yen", { amount: new Intl.NumberFormat("ja-JP").format(payment.amountYen) })}
        </p>
        <p>{tm("for", { title: receipt.title, date: formatDate(receipt.startsAt, locale) })}</p>
        <p>{t("paidOn", { date: formatDate(payment.paidAt ?? payment.updatedAt, locale) })}</p>
        <p>{t("method")}</p>
        <p className="font-bold">{t("payee", { name: receipt.organiserName })}</p>
        <p>{t("agent")}</p>
        <p className="text-sm text-stone-600">{t("number", { id: payment.id.slice(0, 8).toUpperCase() })}</p>
      </article>
      <div className="mt-4 print:hidden">
        <PrintButton label={t("print")} />
      </div>
    </SiteFrame>
  );
}
