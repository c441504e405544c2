import { BREAKDOWN_KEYS } from "@/lib/stats/dashboard";
import { breakdownTable, headlineTable, monthlyTable, unmetTable } from "@/lib/stats/tables";
import { formatCalendarDate, formatEraDate } from "@/lib/time/format";
import { tokyoDate } from "@/lib/time/tokyo";
import { periodText } from "../../_components/period-line";
import { PrintFrame } from "../../_components/print-frame";
import { SeriesCharts } from "../../_components/series-charts";
import { StatsTableView } from "../../_components/stats-table";
import { loadDashboard, type SearchParams } from "../../_lib/load";

/** The dashboard for a council meeting: A4, dates in 令和 and Western years, no chart cut by a page break. */
export default async function PrintPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { dashboard: d, period, locale, t, labels, name, query, base } = await loadDashboard(params, searchParams);
  const today = tokyoDate(new Date());
  const monthly = monthlyTable(d, labels);
  return (
    <PrintFrame back={`${base}?${query}`} backLabel={t("printBack")} hint={t("printButtonHint")}>
      <header className="border-b-2 border-stone-800 pb-2">
        <h1 className="text-2xl font-bold">{t("printTitle", { name })}</h1>
        <p className="mt-1">{t("printPeriod", { period: periodText(period, locale) })}</p>
        <p className="text-sm text-stone-700">{t("printMade", { era: formatEraDate(today), date: formatCalendarDate(today, locale) })}</p>
      </header>
      <section className="mt-4">
        <StatsTableView table={headlineTable(d, labels)} caption={t("tables.headline")} locale={locale} />
      </section>
      <section className="print-page-break mt-6">
        <h2 className="text-lg font-bold">{t("charts")}</h2>
        <SeriesCharts
          series={d.series}
          months={d.months}
          monthly={monthly}
          label={labels.figure}
          title={(figure) => t("chartLabel", { figure })}
          locale={locale}
          print
        />
      </section>
      <section className="mt-6">
        <StatsTableView table={monthly} caption={t("tables.monthly")} locale={locale} />
      </section>
      <section className="print-page-break mt-6 grid grid-cols-2 gap-3">
        {BREAKDOWN_KEYS.map((k) => (
          <StatsTableView key={k} table={breakdownTable(d, k, labels)} caption={t(`tables.${k}`)} locale={locale} />
        ))}
      </section>
      <section className="mt-6">
        <p className="text-sm">{t("unmetIntro")}</p>
        <StatsTableView table={unmetTable(d, labels)} caption={t("tables.unmet")} locale={locale} heat />
      </section>
      <p className="mt-6 text-xs text-stone-700">{t("suppressedNote")}</p>
    </PrintFrame>
  );
}
