import { CARE_KINDS } from "@/lib/care/post/choices";
import { PROVENANCES, type RequestFact, type StatsFacts } from "./facts";
import { FAMISAPO_CATEGORIES, FAMISAPO_MEMBER_TYPES, famisapoCategory, membersByType } from "./famisapo";
import {
  AGE_BANDS,
  activeMembersAt,
  ageBand,
  CAPABILITY_KEYS,
  careHours,
  completedCares,
  connectionsFormed,
  expensesTotal,
  meetupAttendees,
  meetupConnections,
  meetupsHeld,
  membersAt,
  OUTCOME_KEYS,
  outcomeShare,
  type RateCell,
  requestsPosted,
  satisfaction,
  solvedRate,
  TIME_BANDS,
  thanksTotal,
  timeBand,
  unmetDemand,
  within,
} from "./figures";
import { instants, monthPeriod, monthsOf, type Period, previousPeriod } from "./period";
import { type Cell, type Shown, showBreakdown, showCell } from "./suppress";

// Everything the dashboard, its print view and its CSV show, already suppressed: the pages and
// exports only format what is here.

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

type Window = { start: Date; end: Date };
const requestsIn = (rs: readonly RequestFact[], w: Window) => rs.filter((r) => within(r.startAt, w.start, w.end));

function periodFigures(f: StatsFacts, w: Window): { key: string; unit: FigureUnit; cell: Cell | RateCell }[] {
  const rs = requestsIn(f.requests, w);
  const cs = f.connections.filter((c) => within(c.createdAt, w.start, w.end));
  const ms = f.meetups.filter((m) => within(m.startsAt, w.start, w.end));
  return [
    { key: "members", unit: "count", cell: membersAt(f.members, w.end) },
    ...CAPABILITY_KEYS.map((c) => ({ key: `members_${c}`, unit: "count" as const, cell: membersAt(f.members, w.end, c) })),
    { key: "active_members", unit: "count", cell: activeMembersAt(f.members, w.end) },
    { key: "connections", unit: "count", cell: connectionsFormed(cs) },
    ...PROVENANCES.map((p) => ({
      key: `connections_${p}`,
      unit: "count" as const,
      cell: connectionsFormed(cs, p),
    })),
    { key: "requests", unit: "count", cell: requestsPosted(rs) },
    { key: "solved_rate", unit: "percent", cell: solvedRate(rs) },
    { key: "care_hours", unit: "hours", cell: careHours(rs) },
    { key: "thanks_yen", unit: "yen", cell: thanksTotal(rs) },
    { key: "expenses_yen", unit: "yen", cell: expensesTotal(rs) },
    { key: "meetups", unit: "count", cell: meetupsHeld(ms) },
    { key: "meetup_attendees", unit: "count", cell: meetupAttendees(ms) },
    { key: "meetup_connections", unit: "count", cell: meetupConnections(ms) },
    { key: "satisfaction", unit: "percent", cell: satisfaction(rs) },
    ...OUTCOME_KEYS.map((o) => ({ key: `outcome_${o}`, unit: "percent" as const, cell: outcomeShare(rs, o) })),
    { key: "unmet_demand", unit: "count", cell: unmetDemand(rs) },
  ];
}

const monthWindow = (month: string): Window => instants(monthPeriod(month));

function breakdown<K extends string>(
  key: BreakdownKey,
  rs: readonly RequestFact[],
  keys: readonly K[],
  of: (r: RequestFact) => K,
): Breakdown {
  const groups = new Map<K, RequestFact[]>(keys.map((k) => [k, []]));
  for (const r of rs) groups.get(of(r))?.push(r);
  const shown = showBreakdown(new Map([...groups].map(([k, g]) => [k, requestsPosted(g)])), requestsPosted(rs));
  return {
    key,
    rows: keys.map((k) => ({ key: k, requests: shown.cells.get(k)!, solvedRate: showCell(solvedRate(groups.get(k)!)) })),
    total: shown.total,
  };
}

/** The whole dashboard for one municipality's facts, its districts' ids in display order. */
export function buildDashboard(f: StatsFacts, period: Period, districtIds: readonly string[]): Dashboard {
  const previous = previousPeriod(period);
  const now = periodFigures(f, instants(period));
  const before = periodFigures(f, instants(previous));
  const headline = now.map((fig, i) => ({
    key: fig.key,
    unit: fig.unit,
    current: showCell(fig.cell),
    previous: showCell(before[i]!.cell),
  }));

  const months = monthsOf(period);
  const perMonth = months.map((m) => periodFigures(f, monthWindow(m)));
  const SERIES = ["requests", "solved_rate", "care_hours", "thanks_yen", "unmet_demand", "active_members"];
  const series = SERIES.map((key) => {
    const idx = now.findIndex((x) => x.key === key);
    return { key, unit: now[idx]!.unit, values: perMonth.map((figs) => showCell(figs[idx]!.cell)) };
  });

  const rs = requestsIn(f.requests, instants(period));
  const breakdowns = [
    breakdown("district", rs, districtIds, (r) => r.districtId),
    breakdown("age", rs, [...AGE_BANDS, "unknown"] as const, ageBand),
    breakdown("kind", rs, CARE_KINDS, (r) => r.kind),
    breakdown("time", rs, TIME_BANDS, (r) => timeBand(r.startAt)),
  ];

  // Unmet demand: expired requests by district × time of day, each row suppressed as a breakdown.
  const expired = rs.filter((r) => r.state === "expired");
  const heatmap: HeatMap = {
    columns: TIME_BANDS,
    rows: districtIds.map((d) => {
      const mine = expired.filter((r) => r.districtId === d);
      const cells = new Map(TIME_BANDS.map((b) => [b, unmetDemand(mine.filter((r) => timeBand(r.startAt) === b))]));
      const shown = showBreakdown(cells, unmetDemand(mine));
      return { key: d, cells: TIME_BANDS.map((b) => shown.cells.get(b)!) };
    }),
  };

  const famisapo = months.map((month): FamisapoMonth => {
    const w = monthWindow(month);
    const types = showBreakdown(membersByType(f.members, w.end), membersAt(f.members, w.end));
    const done = requestsIn(f.requests, w);
    // Activities: completed cares per category (careHours' own definition of "completed").
    const counts = new Map(FAMISAPO_CATEGORIES.map((c) => [c, completedCares(done.filter((r) => famisapoCategory(r) === c))]));
    const activities = showBreakdown(counts, completedCares(done));
    return {
      month,
      membersByType: FAMISAPO_MEMBER_TYPES.map((t) => types.cells.get(t)!),
      membersTotal: types.total,
      activities: FAMISAPO_CATEGORIES.map((c) => activities.cells.get(c)!),
      careHours: showCell(careHours(done)),
      thanksYen: showCell(thanksTotal(done)),
    };
  });

  return { period, previous, headline, months, series, breakdowns, heatmap, famisapo };
}
