import { BREAKDOWN_KEYS, type BreakdownKey, type Dashboard, type FigureUnit } from "./dashboard";
import { FAMISAPO_CATEGORIES, FAMISAPO_MEMBER_TYPES } from "./famisapo";
import { MIN_MEMBERS, type Shown } from "./suppress";

// Every table the dashboard, its print view and its CSV show, built once from the dashboard: the
// page formats these cells, the CSV writes them, so an export holds exactly what is shown
// (suppressed cells left out).

export type TableCell = { shown: Shown; unit: FigureUnit };
export type StatsTable = {
  key: TableKey;
  columns: string[];
  rows: { label: string; cells: TableCell[] }[];
};
export const TABLE_KEYS = ["headline", "monthly", ...BREAKDOWN_KEYS, "unmet", "famisapo"] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

/** The labels of keys, in the viewer's language (the caller passes a translator). */
export type Labels = {
  figure: (key: string) => string;
  column: (key: string) => string;
  row: (table: TableKey, key: string) => string;
  month: (month: string) => string;
};

/** The change of a figure against the previous period, shown only when both ends are. */
export function change(current: Shown, previous: Shown): Shown {
  if (current.suppressed || previous.suppressed) return { suppressed: true };
  if (current.value === null || previous.value === null) return { suppressed: false, value: null };
  return { suppressed: false, value: Math.round((current.value - previous.value) * 10) / 10 };
}

const count = (shown: Shown): TableCell => ({ shown, unit: "count" });

export function headlineTable(d: Dashboard, l: Labels): StatsTable {
  return {
    key: "headline",
    columns: [l.column("figure"), l.column("current"), l.column("previous"), l.column("change")],
    rows: d.headline.map((h) => ({
      label: l.figure(h.key),
      cells: [h.current, h.previous, change(h.current, h.previous)].map((shown) => ({ shown, unit: h.unit })),
    })),
  };
}

export function monthlyTable(d: Dashboard, l: Labels): StatsTable {
  return {
    key: "monthly",
    columns: [l.column("month"), ...d.series.map((s) => l.figure(s.key))],
    rows: d.months.map((m, i) => ({ label: l.month(m), cells: d.series.map((s) => ({ shown: s.values[i]!, unit: s.unit })) })),
  };
}

export function breakdownTable(d: Dashboard, key: BreakdownKey, l: Labels): StatsTable {
  const b = d.breakdowns.find((x) => x.key === key)!;
  return {
    key,
    columns: [l.column(key), l.figure("requests"), l.figure("solved_rate")],
    rows: [
      ...b.rows.map((r) => ({
        label: l.row(key, r.key),
        cells: [count(r.requests), { shown: r.solvedRate, unit: "percent" as const }],
      })),
      { label: l.column("total"), cells: [count(b.total), { shown: { suppressed: false, value: null }, unit: "percent" as const }] },
    ],
  };
}

export function unmetTable(d: Dashboard, l: Labels): StatsTable {
  return {
    key: "unmet",
    columns: [l.column("district"), ...d.heatmap.columns.map((c) => l.row("time", c))],
    rows: d.heatmap.rows.map((r) => ({ label: l.row("district", r.key), cells: r.cells.map(count) })),
  };
}

export function famisapoTable(d: Dashboard, l: Labels): StatsTable {
  return {
    key: "famisapo",
    columns: [
      l.column("month"),
      ...FAMISAPO_MEMBER_TYPES.map((t) => l.row("famisapo", `type_${t}`)),
      l.row("famisapo", "members_total"),
      ...FAMISAPO_CATEGORIES.map((c) => l.row("famisapo", `category_${c}`)),
      l.figure("care_hours"),
      l.figure("thanks_yen"),
    ],
    rows: d.famisapo.map((m) => ({
      label: l.month(m.month),
      cells: [
        ...m.membersByType.map(count),
        count(m.membersTotal),
        ...m.activities.map(count),
        { shown: m.careHours, unit: "hours" as const },
        { shown: m.thanksYen, unit: "yen" as const },
      ],
    })),
  };
}

export function statsTable(d: Dashboard, key: TableKey, l: Labels): StatsTable {
  switch (key) {
    case "headline":
      return headlineTable(d, l);
    case "monthly":
      return monthlyTable(d, l);
    case "unmet":
      return unmetTable(d, l);
    case "famisapo":
      return famisapoTable(d, l);
    default:
      return breakdownTable(d, key, l);
  }
}

/** What a suppressed cell shows, from the one threshold (lib/stats/suppress.ts). */
export const SUPPRESSED_TEXT = `<${MIN_MEMBERS}`;

/** A cell as text on a page: "<5" when suppressed, "—" when there is nothing to compute it from. */
export function formatCell(c: TableCell, locale: "ja" | "en"): string {
  if (c.shown.suppressed) return SUPPRESSED_TEXT;
  const v = c.shown.value;
  if (v === null) return "—";
  const n = new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-GB", { maximumFractionDigits: 1 }).format(v);
  switch (c.unit) {
    case "percent":
      return `${n}%`;
    case "hours":
      return locale === "ja" ? `${n}時間` : `${n} h`;
    case "yen":
      return locale === "ja" ? `${n}円` : `¥${n}`;
    default:
      return n;
  }
}

/** A cell in an export: the bare number, or nothing (a suppressed cell is left out, never "<5" with a total beside it). */
/**
 * A text cell of an export (a heading, a district name an admin typed): one that a spreadsheet would
 * read as a formula (=, +, -, @, tab, return first) is written with a leading apostrophe.
 */
export function exportText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function exportCell(c: TableCell): number | "" {
  return c.shown.suppressed || c.shown.value === null ? "" : c.shown.value;
}
