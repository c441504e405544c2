import type { Locale } from "@/lib/i18n/locales";
import type { Series } from "@/lib/stats/dashboard";
import type { StatsTable } from "@/lib/stats/tables";
import { SeriesChart } from "./bar-chart";

/** One chart per monthly series, each drawn from its column of the monthly table (which holds the numbers). */
export function SeriesCharts({
  series,
  months,
  monthly,
  label,
  title,
  locale,
  print = false,
}: {
  series: Series[];
  months: string[];
  monthly: StatsTable;
  label: (key: string) => string;
  /** The chart's accessible name, from the figure's label. */
  title: (figure: string) => string;
  locale: Locale;
  print?: boolean;
}) {
  return (
    <div className={print ? "mt-2 grid grid-cols-2 gap-3" : "mt-3 grid gap-4 md:grid-cols-2"}>
      {series.map((s, i) => (
        <figure
          key={s.key}
          className={`break-inside-avoid border ${print ? "rounded border-stone-300 p-2" : "rounded-xl border-stone-200 bg-white p-3"}`}
        >
          <figcaption className={print ? "text-sm font-medium" : "font-medium"}>{label(s.key)}</figcaption>
          <SeriesChart title={title(label(s.key))} months={months} cells={monthly.rows.map((r) => r.cells[i]!)} locale={locale} />
        </figure>
      ))}
    </div>
  );
}
