import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { PrintButton } from "@/app/_components/print-button";
import { SiteFrame } from "@/app/_components/site-frame";
import { linkClass } from "@/app/(member)/requests/_components/styles";
import { db } from "@/db";
import { receiptFor } from "@/db/queries/payments";
import { requireMember } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { formatDate } from "@/lib/time/format";

/**
 * The receipt (領収書) of a thank-you paid by card, for the care's parent only: the helper is the
 * payee, the platform received it on their behalf (代理受領). Printable as it stands.
 */
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { userId } = await requireMember();
  const { id } = await params;
  const receipt = isUuid(id) ? await receiptFor(db(), id, userId) : null;
  if (!receipt) notFound();
  const t = await getTranslations("payments.receipt");
  const ta = await getTranslations("careAfter");
  const locale = (await getLocale()) as Locale;
  const { payment } = receipt;
  return (
    <SiteFrame>
      <Link href={`/requests/${id}`} className={`${linkClass} inline-flex min-h-11 items-center print:hidden`}>
        {t("back")}
      </Link>
      <article id="receipt" className="mt-4 flex flex-col gap-3 rounded-xl border border-stone-300 bg-white p-6">
        <h1 className="text-center text-2xl font-bold tracking-widest">{t("title")}</h1>
        <p className="text-lg">{t("addressee", { name: receipt.parentName })}</p>
        <p className="border-b-2 border-stone-800 pb-1 text-center text-3xl font-bold tabular-nums">
          <span className="sr-only">{t("amountLabel")}: </span>
          {ta("yen", { amount: new Intl.NumberFormat("ja-JP").format(payment.amountYen) })}
        </p>
        <p>{t("for", { date: formatDate(receipt.startAt, locale) })}</p>
        <p>{t("paidOn", { date: formatDate(payment.paidAt ?? payment.updatedAt, locale) })}</p>
        <p>{t("method")}</p>
        <p className="font-bold">{t("payee", { name: receipt.helperName })}</p>
        <p>{t("agent")}</p>
        <p className="text-sm text-stone-600">{t("number", { id: payment.id.slice(0, 8).toUpperCase() })}</p>
      </article>
      <div className="mt-4 print:hidden">
        <PrintButton label={t("print")} />
      </div>
    </SiteFrame>
  );
}
