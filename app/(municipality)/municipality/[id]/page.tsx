import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import type { Locale } from "@/lib/i18n/locales";
import { BREAKDOWN_KEYS } from "@/lib/stats/dashboard";
import { MAX_PERIOD_MONTHS } from "@/lib/stats/period";
import {
  breakdownTable,
  formatCell,
  headlineTable,
  monthlyTable,
  type StatsTable,
  TABLE_KEYS,
  type TableCell,
  unmetTable,
} from "@/lib/stats/tables";
import { periodText } from "../_components/period-line";
import { SeriesCharts } from "../_components/series-charts";
import { StatsTableView } from "../_components/stats-table";
import { loadDashboard, type SearchParams } from "../_lib/load";

const HEADLINE_CARDS = ["members", "active_members", "requests", "solved_rate", "care_hours", "thanks_yen", "satisfaction", "unmet_demand"];

/** A municipality's statistics, for its own staff only (everyone else: not found). Server-rendered, no client script. */
export default async function MunicipalityDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const { dashboard: d, period, refused, locale, t, labels, name, query, base } = await loadDashboard(params, searchParams);
  const csv = (table: string) => `${base}/export?table=${table}&${query}`;
  const headline = headlineTable(d, labels);
  const monthly = monthlyTable(d, labels);
  // Every table on the page has its caption and its CSV link.
  const tableView = (table: StatsTable, heat = false) => (
    <StatsTableView
      table={table}
      caption={t(`tables.${table.key}`)}
      locale={locale}
      csvHref={csv(table.key)}
      csvLabel={t("csv")}
      heat={heat}
    />
  );
  const link = "inline-flex min-h-11 items-center rounded-xl border border-stone-400 bg-white px-4 font-medium hover:bg-stone-50";
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">
        {name} {t("title")}
      </h1>
      <p className="mt-2 text-stone-700">{t("intro", { name })}</p>

      {refused && (
        <div className="mt-4">
          <FormAlert message={t("periodRefused", { max: MAX_PERIOD_MONTHS })} />
        </div>
      )}
      <form method="get" action={base} className="mt-6 flex flex-wrap items-end gap-3 rounded-xl border border-stone-200 bg-white p-4">
        <Field id="from" label={t("from")}>
          {(p) => <input {...p} type="month" name="from" defaultValue={period.from.slice(0, 7)} className={inputClass} />}
        </Field>
        <Field id="to" label={t("to")}>
          {(p) => (
            <input
              {...p}
              type="month"
              name="to"
              defaultValue={period.to.slice(0, 7)}
              className={inputClass}
              aria-describedby="range-hint"
            />
          )}
        </Field>
        <button type="submit" className="min-h-12 rounded-xl bg-brand-700 px-6 font-bold text-white hover:bg-brand-800">
          {t("show")}
        </button>
        <p id="range-hint" className="w-full text-sm text-stone-600">
          {t("rangeHint")}
        </p>
      </form>
      <dl className="mt-4 text-sm">
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-medium">{t("period")}:</dt>
          <dd data-testid="period">{periodText(period, locale)}</dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-medium">{t("previous")}:</dt>
          <dd>{periodText(d.previous, locale)}</dd>
        </div>
      </dl>
      <p className="mt-4 flex flex-wrap gap-3">
        <Link href={`${base}/print?${query}`} className={link}>
          {t("print")}
        </Link>
        <Link href={`${base}/report?${query}`} className={link}>
          {t("report")}
        </Link>
      </p>

      <section aria-labelledby="headline" className="mt-8">
        <h2 id="headline" className="text-xl font-bold">
          {t("tables.headline")}
        </h2>
        <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {HEADLINE_CARDS.map((key) => {
            const row = headline.rows[d.headline.findIndex((h) => h.key === key)]!;
            return (
              <li key={key} className="rounded-xl border border-stone-200 bg-white p-3">
                <p className="text-sm text-stone-700">{row.label}</p>
                <p className="mt-1 text-2xl font-bold tabular-nums">{formatCell(row.cells[0]!, locale)}</p>
                <p className="text-xs text-stone-600 tabular-nums">
                  {t("columns.change")} {signed(row.cells[2]!, locale)}
                </p>
              </li>
            );
          })}
        </ul>
        <div className="mt-4">{tableView(headline)}</div>
      </section>

      <section aria-labelledby="charts" className="mt-10">
        <h2 id="charts" className="text-xl font-bold">
          {t("charts")}
        </h2>
        <SeriesCharts
          series={d.series}
          months={d.months}
          monthly={monthly}
          label={labels.figure}
          title={(figure) => t("chartLabel", { figure })}
          locale={locale}
        />
        <div className="mt-4">{tableView(monthly)}</div>
      </section>

      <section aria-labelledby="breakdowns" className="mt-10">
        <h2 id="breakdowns" className="sr-only">
          {t("breakdowns")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {BREAKDOWN_KEYS.map((k) => (
            <div key={k}>{tableView(breakdownTable(d, k, labels))}</div>
          ))}
        </div>
      </section>

      <section aria-labelledby="unmet" className="mt-10">
        <h2 id="unmet" className="text-xl font-bold">
          {t("tables.unmet")}
        </h2>
        <p className="mt-1 text-stone-700">{t("unmetIntro")}</p>
        <p className="text-sm text-stone-600">{t("heatLegend")}</p>
        <div className="mt-3">{tableView(unmetTable(d, labels), true)}</div>
      </section>

      <section aria-labelledby="notes" className="mt-10 rounded-xl bg-stone-100 p-4 text-sm">
        <h2 id="notes" className="sr-only">
          {t("downloads")}
        </h2>
        <p>{t("suppressedNote")}</p>
        <p className="mt-1">{t("noValue")}</p>
        <p className="mt-1">{t("refreshNote")}</p>
        <p className="mt-3 font-medium">{t("downloads")}</p>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {TABLE_KEYS.map((k) => (
            <li key={k}>
              <a href={csv(k)} className="text-brand-800 underline" download>
                {t(`tables.${k}`)}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </SiteFrame>
  );
}

/** A change with its sign (+12, −3.5%). */
function signed(c: TableCell, locale: Locale) {
  const text = formatCell(c, locale);
  return !c.shown.suppressed && c.shown.value !== null && c.shown.value > 0 ? `+${text}` : text;
}
