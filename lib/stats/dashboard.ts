import { CARE_KINDS } from "@/lib/care/post/choices";
import { type MemberJoins, PROVENANCES } from "./facts";
import { FAMISAPO_CATEGORIES, FAMISAPO_MEMBER_TYPES, membersByType } from "./famisapo";
import { AGE_BANDS, CAPABILITY_KEYS, membersAt, OUTCOME_KEYS, TIME_BANDS } from "./figures";
import { addParts, countCell, EMPTY_PART, hoursCell, type Part, rateCell } from "./parts";
import { monthsOf, type Period, previousPeriod } from "./period";
import { type Cell, type Shown, showBreakdown, showCell } from "./suppress";
import { addTallies, at, EMPTY_TALLY, type GroupParts, type MonthTally } from "./tally";

// Everything the dashboard, its print view and its CSV show, already suppressed: the pages and
// exports only format what is here. Built from the months' tallies (lib/stats/tally.ts): a range's
// figures are the sums of its months', suppression applied to the sums.

export type FigureUnit = "count" | "percent" | "hours" | "yen";
export type Headline = { key: string; unit: FigureUnit; current: Shown; previous: Shown };
export type Series = { key: string; unit: FigureUnit; values: Shown[] };
export type BreakdownRow = { key: string; requests: Shown; solvedRate: Shown };
/** The breakdowns of requests, in display order. */
export const BREAKDOWN_KEYS = ["district", "age", "kind", "time"] as const;
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number];
export type Breakdown = { key: BreakdownKey; rows: BreakdownRow[]; total: Shown };
export type HeatMap = { rows: { key: string; cells: Shown[] }[]; columns: readonly string[] };
export type FamisapoMonth = {
  month: string;
  membersByType: Shown[];
  membersTotal: Shown;
  activities: Shown[];
  careHours: Shown;
  thanksYen: Shown;
};
export type Dashboard = {
  period: Period;
  previous: Period;
  headline: Headline[];
  months: string[];
  series: Series[];
  breakdowns: Breakdown[];
  heatmap: HeatMap;
  famisapo: FamisapoMonth[];
};

/** A municipality's stored month tallies, by 'YYYY-MM' (a month with none counted nothing). */
export type Tallies = ReadonlyMap<string, MonthTally>;

const tallyOf = (tallies: Tallies, months: readonly string[]) => addTallies(months.map((m) => tallies.get(m) ?? EMPTY_TALLY));

/** The headline figures of a tally whose last month is `lastMonth` (members are counted at its end). */
function figuresOf(t: MonthTally, joins: readonly MemberJoins[], lastMonth: string) {
  const r = t.requests;
  const figs: { key: string; unit: FigureUnit; cell: Cell | { value: number | null; members: number } }[] = [
    { key: "members", unit: "count", cell: membersAt(joins, lastMonth) },
    ...CAPABILITY_KEYS.map((c) => ({ key: `members_${c}`, unit: "count" as const, cell: membersAt(joins, lastMonth, c) })),
    { key: "active_members", unit: "count", cell: t.active },
    { key: "connections", unit: "count", cell: countCell(at(t.connections, "all")) },
    ...PROVENANCES.map((p) => ({ key: `connections_${p}`, unit: "count" as const, cell: countCell(at(t.connections, p)) })),
    { key: "requests", unit: "count", cell: countCell(r.requests) },
    { key: "solved_rate", unit: "percent", cell: rateCell(r.solved) },
    { key: "care_hours", unit: "hours", cell: hoursCell(r.careMinutes) },
    { key: "thanks_yen", unit: "yen", cell: countCell(r.thanks) },
    { key: "expenses_yen", unit: "yen", cell: countCell(r.expenses) },
    { key: "meetups", unit: "count", cell: countCell(t.meetups) },
    { key: "meetup_attendees", unit: "count", cell: countCell(t.attendees) },
    { key: "meetup_connections", unit: "count", cell: countCell(t.meetupConnections) },
    { key: "satisfaction", unit: "percent", cell: rateCell(r.satisfaction) },
    ...OUTCOME_KEYS.map((o) => ({ key: `outcome_${o}`, unit: "percent" as const, cell: rateCell(at(r.outcomes, o)) })),
    { key: "unmet_demand", unit: "count", cell: countCell(r.unmet) },
  ];
  return figs;
}

const EMPTY_GROUP: GroupParts = { requests: EMPTY_PART, solved: EMPTY_PART };

function breakdown(key: BreakdownKey, groups: Record<string, GroupParts>, keys: readonly string[], total: Part): Breakdown {
  const of = (k: string) => groups[k] ?? EMPTY_GROUP;
  const shown = showBreakdown(new Map(keys.map((k) => [k, countCell(of(k).requests)])), countCell(total));
  return {
    key,
    rows: keys.map((k) => ({ key: k, requests: shown.cells.get(k)!, solvedRate: showCell(rateCell(of(k).solved)) })),
    total: shown.total,
  };
}

/**
 * The whole dashboard of one municipality for a period of whole months: its months' tallies (the
 * previous period's included), the members who joined by month, and its districts' ids in display order.
 */
export function buildDashboard(tallies: Tallies, joins: readonly MemberJoins[], period: Period, districtIds: readonly string[]): Dashboard {
  const previous = previousPeriod(period);
  const months = monthsOf(period);
  const before = monthsOf(previous);
  const t = tallyOf(tallies, months);
  const now = figuresOf(t, joins, months.at(-1)!);
  const then = figuresOf(tallyOf(tallies, before), joins, before.at(-1)!);
  const headline = now.map((fig, i) => ({
    key: fig.key,
    unit: fig.unit,
    current: showCell(fig.cell),
    previous: showCell(then[i]!.cell),
  }));

  const perMonth = months.map((m) => figuresOf(tallies.get(m) ?? EMPTY_TALLY, joins, m));
  const SERIES = ["requests", "solved_rate", "care_hours", "thanks_yen", "unmet_demand", "active_members"];
  const series = SERIES.map((key) => {
    const idx = now.findIndex((x) => x.key === key);
    return { key, unit: now[idx]!.unit, values: perMonth.map((figs) => showCell(figs[idx]!.cell)) };
  });

  const total = t.requests.requests;
  const breakdowns = [
    breakdown("district", t.district, districtIds, total),
    breakdown("age", t.age, [...AGE_BANDS, "unknown"], total),
    breakdown("kind", t.kind, CARE_KINDS, total),
    breakdown("time", t.time, TIME_BANDS, total),
  ];

  // Unmet demand: expired requests by district × time of day, each row suppressed as a breakdown.
  const heatmap: HeatMap = {
    columns: TIME_BANDS,
    rows: districtIds.map((d) => {
      const mine = t.heat[d] ?? {};
      const cells = new Map(TIME_BANDS.map((b) => [b, countCell(at(mine, b))]));
      const rowTotal = Object.values(mine).reduce(addParts, EMPTY_PART);
      const shown = showBreakdown(cells, countCell(rowTotal));
      return { key: d, cells: TIME_BANDS.map((b) => shown.cells.get(b)!) };
    }),
  };

  const famisapo = months.map((month): FamisapoMonth => {
    const m = tallies.get(month) ?? EMPTY_TALLY;
    const types = showBreakdown(membersByType(joins, month), membersAt(joins, month));
    // Activities: completed cares per category (careMinutes' own definition of "completed").
    const counts = new Map(FAMISAPO_CATEGORIES.map((c) => [c, countCell(at(m.categories, c))]));
    const activities = showBreakdown(counts, countCell(m.requests.completed));
    return {
      month,
      membersByType: FAMISAPO_MEMBER_TYPES.map((x) => types.cells.get(x)!),
      membersTotal: types.total,
      activities: FAMISAPO_CATEGORIES.map((c) => activities.cells.get(c)!),
      careHours: showCell(hoursCell(m.requests.careMinutes)),
      thanksYen: showCell(countCell(m.requests.thanks)),
    };
  });

  return { period, previous, headline, months, series, breakdowns, heatmap, famisapo };
}
