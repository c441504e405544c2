import { FAMISAPO_MEMBER_TYPES, memberCountMonths } from "@/lib/stats/famisapo";
import { famisapoTable, formatCell } from "@/lib/stats/tables";
import { formatCalendarDate } from "@/lib/time/format";
import { periodText } from "../../_components/period-line";
import { PrintFrame } from "../../_components/print-frame";
import { StatsTableView } from "../../_components/stats-table";
import { loadDashboard, type SearchParams } from "../../_lib/load";

/** The ファミサポ monthly report, print-ready, with the members at each fiscal year end first. */
export default async function ReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { dashboard: d, period, locale, t, labels, name, query, base } = await loadDashboard(params, searchParams);
  const table = famisapoTable(d, labels);
  const byMonth = new Map(d.famisapo.map((m) => [m.month, m]));
  const ends = memberCountMonths(d.famisapo.map((m) => m.month)).map(({ month, fiscalYear }) => ({
    m: byMonth.get(month)!,
    label:
      fiscalYear === null
        ? t("asOfMonthEnd", { month: labels.month(month) })
        : t("fiscalYear", { year: fiscalYear, date: formatCalendarDate(`${month}-31`, locale) }),
  }));
  return (
    <PrintFrame landscape back={`${base}?${query}`} backLabel={t("printBack")} hint={t("printButtonHint")}>
      <header className="border-b-2 border-stone-800 pb-2">
        <h1 className="text-2xl font-bold">
          {name} {t("reportTitle")}
        </h1>
        <p className="mt-1">{periodText(period, locale)}</p>
        <p className="text-sm text-stone-700">{t("reportIntro")}</p>
      </header>
      <section aria-labelledby="fy" className="mt-4 break-inside-avoid rounded-xl border-2 border-brand-700 p-4">
        <h2 id="fy" className="text-lg font-bold">
          {t("fiscalYearEnd")}
        </h2>
        <p className="text-sm text-stone-700">{t("fiscalYearEndHint")}</p>
        {ends.map(({ m, label }) => (
          <div key={m.month} className="mt-3">
            <h3 className="font-bold">{label}</h3>
            <dl className="mt-1 grid grid-cols-2 gap-2 sm:grid-cols-4">
              {FAMISAPO_MEMBER_TYPES.map((type, i) => (
                <div key={type} className="rounded-lg bg-brand-50 p-2">
                  <dt className="text-sm">{t(`rows.famisapo.type_${type}`)}</dt>
                  <dd className="text-2xl font-bold tabular-nums">{formatCell({ shown: m.membersByType[i]!, unit: "count" }, locale)}</dd>
                </div>
              ))}
              <div className="rounded-lg bg-stone-100 p-2">
                <dt className="text-sm">{t("rows.famisapo.members_total")}</dt>
                <dd className="text-2xl font-bold tabular-nums">{formatCell({ shown: m.membersTotal, unit: "count" }, locale)}</dd>
              </div>
            </dl>
          </div>
        ))}
      </section>
      <section className="mt-6">
        <StatsTableView
          table={table}
          caption={t("tables.famisapo")}
          locale={locale}
          csvHref={`${base}/export?table=famisapo&${query}`}
          csvLabel={t("csv")}
        />
      </section>
      <p className="mt-6 text-xs text-stone-700">{t("suppressedNote")}</p>
    </PrintFrame>
  );
}
