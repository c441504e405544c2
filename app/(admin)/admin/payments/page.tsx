import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { cardFeesByMonth, recentCardPayments } from "@/db/queries/payments";
import { requireAdmin } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { refundable } from "@/lib/payments/refund";
import { formatDate, formatMonth } from "@/lib/time/format";

/** What the zero-commission promise costs each month: card payments, the amount passed on to helpers and Stripe's fees. */
export default async function AdminPaymentsPage({ searchParams }: { searchParams: Promise<{ refunded?: string }> }) {
  await requireAdmin();
  const { refunded } = await searchParams;
  const t = await getTranslations("payments.admin");
  const ta = await getTranslations("careAfter");
  const locale = (await getLocale()) as Locale;
  const [rows, recent] = await Promise.all([cardFeesByMonth(db()), recentCardPayments(db())]);
  const yen = (amount: number) => ta("yen", { amount: new Intl.NumberFormat("ja-JP").format(amount) });
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("intro")}</p>
      {refunded === "1" && (
        <p role="status" className="mt-4 rounded-xl border border-brand-100 bg-brand-50 p-4">
          {t("refundedNotice")}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="mt-6 text-stone-700">{t("empty")}</p>
      ) : (
        <table id="card-fees" className="mt-6 w-full border-collapse bg-white">
          <thead>
            <tr className="border-b-2 border-stone-400 text-left">
              {(["month", "count", "amount", "fee", "refunded", "disputed"] as const).map((k) => (
                <th key={k} scope="col" className="px-2 py-2">
                  {t(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.month} className="border-b border-stone-200 tabular-nums">
                <th scope="row" className="px-2 py-2 text-left font-normal">
                  {formatMonth(r.month, locale)}
                </th>
                <td className="px-2 py-2">{r.count}</td>
                <td className="px-2 py-2">{yen(r.amountYen)}</td>
                <td className="px-2 py-2 font-bold">{yen(r.feeYen)}</td>
                <td className="px-2 py-2">{r.refunded}</td>
                <td className="px-2 py-2">{r.disputed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {recent.length > 0 && (
        <section aria-labelledby="recent" className="mt-10">
          <h2 id="recent" className="text-xl font-bold">
            {t("recent")}
          </h2>
          <p className="mt-1 text-stone-700">{t("recentIntro")}</p>
          {/* A list, not a table: it reads at a phone's width, the refund link included. */}
          <ul id="recent-payments" className="mt-4 flex flex-col gap-3">
            {recent.map((p) => (
              <li
                key={p.id}
                className="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4 sm:flex-row sm:items-center sm:gap-4"
              >
                <div className="flex flex-1 flex-col gap-1">
                  <p className="font-medium">
                    {t(`kind.${p.kind}`)} · <span className="tabular-nums">{yen(p.amountYen)}</span> ·{" "}
                    {p.refundRequestedAt && p.status === "paid" ? t("refundRequested") : t(`statusLabel.${p.status}`)}
                  </p>
                  <p className="text-sm text-stone-700">
                    {t("date")}: {p.paidAt ? formatDate(p.paidAt, locale) : ""} · {t("payer")}: {p.payerName} · {t("payee")}: {p.payeeName}
                  </p>
                </div>
                {refundable(p) && (
                  <Link
                    href={`/admin/payments/${p.kind}/${p.id}/refund`}
                    aria-label={t("refundLabel", { payer: p.payerName, yen: yen(p.amountYen) })}
                    className="inline-flex min-h-11 items-center text-brand-800 underline"
                  >
                    {t("refund")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </SiteFrame>
  );
}
