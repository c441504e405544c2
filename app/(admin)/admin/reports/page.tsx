import { getLocale, getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { listReportQueue } from "@/db/queries/safety";
import { requireAdmin } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { isOverdue } from "@/lib/safety/reports";
import { formatDateTime } from "@/lib/time/format";
import { OpenCell } from "../_components/open-cell";
import { ScrollTable } from "../_components/scroll-table";
import { TableHead } from "../_components/table-head";

/** The admin queue of reports: undecided first, the nearest response target first; overdue ones say so. */
export default async function ReportsPage() {
  await requireAdmin();
  const t = await getTranslations("adminReports");
  const s = await getTranslations("safety");
  const locale = (await getLocale()) as Locale;
  const now = new Date();
  const rows = await listReportQueue(db());
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      {rows.length === 0 ? (
        <p className="mt-6 rounded-xl border border-stone-200 bg-white p-4">{t("empty")}</p>
      ) : (
        <ScrollTable labelledBy="reports-heading">
          <caption id="reports-heading" className="sr-only">
            {t("title")}
          </caption>
          <TableHead
            labels={["category", "target", "reporter", "reported", "state", "respondBy"].map((k) => t(`columns.${k}`)).concat(t("open"))}
          />
          <tbody className="divide-y divide-stone-200">
            {rows.map((r) => {
              const overdue = isOverdue(r, now);
              return (
                <tr key={r.id}>
                  <td className="px-3 py-2 font-medium">{s(`categories.${r.category}`)}</td>
                  <td className="px-3 py-2">{s(`targets.${r.target}`)}</td>
                  <td className="px-3 py-2">{r.reporterName ?? t("gone")}</td>
                  <td className="px-3 py-2">{r.reportedName ?? t("gone")}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{t(`states.${r.state}`)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {formatDateTime(r.respondBy, locale)}
                    {overdue && <span className="ml-2 rounded bg-red-100 px-2 py-0.5 font-bold text-red-900">{t("overdue")}</span>}
                  </td>
                  <OpenCell
                    href={`/admin/reports/${r.id}`}
                    text={t("open")}
                    label={`${t("open")}: ${s(`categories.${r.category}`)}, ${r.reportedName ?? t("gone")}`}
                  />
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
    </SiteFrame>
  );
}
