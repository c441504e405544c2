import { scaleBand, scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { formatCell, SUPPRESSED_TEXT, type TableCell } from "@/lib/stats/tables";

const W = 640;
const H = 220;
const M = { top: 16, right: 12, bottom: 28, left: 56 };

/**
 * A month-by-month series drawn on the server as SVG (no client script): bars for counts, hours
 * and yen, a line for shares. A suppressed month is left blank and marked "<5"; the numbers are in
 * the table that goes with every chart.
 */
export function SeriesChart({
  title,
  months,
  cells,
  locale,
}: {
  title: string;
  months: string[];
  cells: TableCell[];
  locale: "ja" | "en";
}) {
  const values = cells.map((c) => (c.shown.suppressed ? null : c.shown.value));
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  const percent = cells[0]?.unit === "percent";
  const x = scaleBand<number>()
    .domain(months.map((_, i) => i))
    .range([M.left, W - M.right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, percent ? 100 : max])
    .nice()
    .range([H - M.bottom, M.top]);
  const ticks = y.ticks(4);
  const every = Math.ceil(months.length / 12);
  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => (x(i) ?? 0) + x.bandwidth() / 2)
    .y((v) => y(v ?? 0))(values);
  const axis = (v: number) => formatCell({ shown: { suppressed: false, value: v }, unit: cells[0]?.unit ?? "count" }, locale);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="h-auto w-full" preserveAspectRatio="xMidYMid meet">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} stroke="#e7e5e4" />
          <text x={M.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="11" fill="#57534e">
            {axis(tick)}
          </text>
        </g>
      ))}
      {percent ? (
        <path d={path ?? ""} fill="none" stroke="#0f766e" strokeWidth="2.5" />
      ) : (
        values.map((v, i) =>
          v === null ? null : (
            <rect key={i} x={x(i)} y={y(v)} width={x.bandwidth()} height={Math.max(0, y(0) - y(v))} fill="#0f766e" rx="2" />
          ),
        )
      )}
      {percent &&
        values.map((v, i) =>
          v === null ? null : <circle key={i} cx={(x(i) ?? 0) + x.bandwidth() / 2} cy={y(v)} r="3.5" fill="#0f766e" />,
        )}
      {cells.map((c, i) =>
        c.shown.suppressed ? (
          <text key={i} x={(x(i) ?? 0) + x.bandwidth() / 2} y={y(0) - 4} textAnchor="middle" fontSize="10" fill="#78716c">
            {SUPPRESSED_TEXT}
          </text>
        ) : null,
      )}
      {months.map((m, i) =>
        i % every === 0 ? (
          <text key={m} x={(x(i) ?? 0) + x.bandwidth() / 2} y={H - 8} textAnchor="middle" fontSize="11" fill="#57534e">
            {m.slice(2, 4)}/{m.slice(5)}
          </text>
        ) : null,
      )}
      <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} stroke="#a8a29e" />
    </svg>
  );
}
