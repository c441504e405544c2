import { formatCell, type StatsTable } from "@/lib/stats/tables";

/** One table of the dashboard, as its CSV has it (suppressed cells read "<5" here, and are left out there). */
export function StatsTableView({
  table,
  caption,
  locale,
  csvHref,
  csvLabel,
  heat = false,
}: {
  table: StatsTable;
  caption: string;
  locale: "ja" | "en";
  csvHref?: string;
  csvLabel?: string;
  heat?: boolean;
}) {
  const max = Math.max(1, ...table.rows.flatMap((r) => r.cells.map((c) => (c.shown.suppressed ? 0 : (c.shown.value ?? 0)))));
  return (
    <div className="break-inside-avoid">
      <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white print:overflow-visible print:border-stone-400">
        <table className="w-full text-left text-sm">
          <caption className="px-3 py-2 text-left font-bold">
            {caption}
            {csvHref && (
              <a href={csvHref} className="ml-3 text-sm font-medium text-brand-800 underline print:hidden" download>
                {csvLabel}
              </a>
            )}
          </caption>
          <thead className="bg-stone-100">
            <tr>
              {table.columns.map((c, i) => (
                <th key={i} scope="col" className={`px-3 py-2 font-medium ${i === 0 ? "" : "text-right"}`}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {table.rows.map((r, i) => (
              <tr key={i}>
                <th scope="row" className="px-3 py-1.5 font-normal whitespace-nowrap">
                  {r.label}
                </th>
                {r.cells.map((c, j) => (
                  <td key={j} className={`px-3 py-1.5 text-right tabular-nums whitespace-nowrap ${heat ? heatClass(c.shown, max) : ""}`}>
                    {formatCell(c, locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

// Fixed classes (no inline styles: the content security policy allows none).
const HEAT = ["bg-white", "bg-amber-50", "bg-amber-100", "bg-amber-200", "bg-amber-300 font-bold", "bg-amber-400 font-bold"];
function heatClass(shown: { suppressed: boolean; value?: number | null }, max: number): string {
  if (shown.suppressed) return "bg-stone-100 text-stone-600";
  const v = shown.value ?? 0;
  return v === 0 ? HEAT[0]! : HEAT[Math.min(5, 1 + Math.floor((v / max) * 4.999))]!;
}
