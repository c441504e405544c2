import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { linkClass } from "@/app/(member)/requests/_components/styles";
import { db } from "@/db";
import { helperStatement } from "@/db/queries/payments";
import { requireMember } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatMonth } from "@/lib/time/format";
import { tokyoMonth } from "@/lib/time/tokyo";

/** A helper's monthly statement: every thank-you received in a Tokyo month, by card and in cash, with totals. */
export default async function StatementPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const { userId } = await requireMember();
  const asked = (await searchParams).month;
  const t = await getTranslations("payments.statement");
  const ta = await getTranslations("careAfter");
  const locale = (await getLocale()) as Locale;
  const { month, from, to, previous, next } = tokyoMonth(asked, new Date());
  const rows = await helperStatement(db(), userId, from, to);
  const yen = (amount: number) => ta("yen", { amount: new Intl.NumberFormat("ja-JP").format(amount) });
  const sum = (method: "card" | "cash") => rows.filter((r) => r.method === method).reduce((s, r) => s + r.yen, 0);
  return (
    <SiteFrame>
      <Link href="/profile" className={`${linkClass} inline-flex min-h-11 items-center`}>
        {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">
        {t("title")}: {formatMonth(month, locale)}
      </h1>
      <nav className="mt-2 flex gap-4" aria-label={t("title")}>
        <Link href={`/profile/statement?month=${previous}`} className={`${linkClass} inline-flex min-h-11 items-center`}>
          {t("previous")}
        </Link>
        <Link href={`/profile/statement?month=${next}`} className={`${linkClass} inline-flex min-h-11 items-center`}>
          {t("next")}
        </Link>
      </nav>
      {rows.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <table id="statement" className="mt-6 w-full border-collapse bg-white">
          <thead>
            <tr className="border-b-2 border-stone-400 text-left">
              <th scope="col" className="py-2 pr-2">
                {t("date")}
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("from")}
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("method")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.requestId} className="border-b border-stone-200">
                <td className="py-2 pr-2">{formatDate(r.settledAt, locale)}</td>
                <td className="py-2 pr-2">{r.parentName}</td>
                <td className="py-2 pr-2">{t(r.method)}</td>
                <td className="py-2 text-right tabular-nums">{yen(r.yen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul className="mt-4 flex flex-col gap-1">
        <li>{t("totalCard", { yen: yen(sum("card")) })}</li>
        <li>{t("totalCash", { yen: yen(sum("cash")) })}</li>
        <li className="font-bold">{t("total", { yen: yen(sum("card") + sum("cash")) })}</li>
      </ul>
    </SiteFrame>
  );
}
