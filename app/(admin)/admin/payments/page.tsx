import { getLocale, getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { cardFeesByMonth } from "@/db/queries/payments";
import { requireAdmin } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { formatMonth } from "@/lib/time/format";

/** What the zero-commission promise costs each month: card payments, the amount passed on to helpers and Stripe's fees. */
export default async function AdminPaymentsPage() {
  await requireAdmin();
  const t = await getTranslations("payments.admin");
  const ta = await getTranslations("careAfter");
  const locale = (await getLocale()) as Locale;
  const rows = await cardFeesByMonth(db());
  const yen = (amount: number) => ta("yen", { amount: new Intl.NumberFormat("ja-JP").format(amount) });
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("intro")}</p>
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
    </SiteFrame>
  );
}
