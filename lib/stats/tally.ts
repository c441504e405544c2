import { PROVENANCES, type RequestFact, type StatsFacts } from "./facts";
import { famisapoCategory } from "./famisapo";
import {
  activeMembersAt,
  ageBand,
  careMinutes,
  completedCares,
  connectionsFormed,
  expensesTotal,
  meetupAttendees,
  meetupConnections,
  meetupsHeld,
  OUTCOME_KEYS,
  outcomeShare,
  requestsPosted,
  satisfaction,
  solvedRate,
  thanksTotal,
  timeBand,
  unmetDemand,
  within,
} from "./figures";
import { addParts, EMPTY_PART, type Part } from "./parts";
import { instants, monthPeriod } from "./period";
import type { Cell } from "./suppress";

// One month of one municipality, summed up once by the refresh (lib/stats/workflows/refresh.ts) and
// stored: a dashboard for any range of whole months adds its months' tallies (addTallies) instead
// of reading a city's rows. Only parts that sum are kept, except `active`, which is taken at the
// month's end and never summed.

/** The request figures of one group of requests. */
export type RequestParts = {
  requests: Part;
  solved: Part;
  careMinutes: Part;
  completed: Part;
  thanks: Part;
  expenses: Part;
  satisfaction: Part;
  outcomes: Record<string, Part>;
  unmet: Part;
};
/** What a breakdown row reads. */
export type GroupParts = { requests: Part; solved: Part };

export type MonthTally = {
  requests: RequestParts;
  connections: Record<string, Part>;
  meetups: Part;
  attendees: Part;
  meetupConnections: Part;
  /** Members active in the 90 days before the month's end (before `at` for the month in progress). */
  active: Cell;
  /** Breakdowns, by key (a district's id, an age band, a kind, a time band). */
  district: Record<string, GroupParts>;
  age: Record<string, GroupParts>;
  kind: Record<string, GroupParts>;
  time: Record<string, GroupParts>;
  /** Unmet demand by district, then by time band. */
  heat: Record<string, Record<string, Part>>;
  /** Completed cares by ファミサポ category. */
  categories: Record<string, Part>;
};

function requestParts(rs: readonly RequestFact[]): RequestParts {
  return {
    requests: requestsPosted(rs),
    solved: solvedRate(rs),
    careMinutes: careMinutes(rs),
    completed: completedCares(rs),
    thanks: thanksTotal(rs),
    expenses: expensesTotal(rs),
    satisfaction: satisfaction(rs),
    outcomes: Object.fromEntries(OUTCOME_KEYS.map((o) => [o, outcomeShare(rs, o)])),
    unmet: unmetDemand(rs),
  };
}

function groupBy<K extends string>(rs: readonly RequestFact[], of: (r: RequestFact) => K): Map<K, RequestFact[]> {
  const out = new Map<K, RequestFact[]>();
  for (const r of rs) {
    const k = of(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

const groups = <K extends string>(rs: readonly RequestFact[], of: (r: RequestFact) => K) =>
  Object.fromEntries([...groupBy(rs, of)].map(([k, g]) => [k, { requests: requestsPosted(g), solved: solvedRate(g) }]));

/**
 * The tally of `month` from facts that cover it (and, for active members, the 90 days before).
 * `until` is the month's end, or the refresh's instant for the month in progress.
 */
export function tallyMonth(f: StatsFacts, month: string, until: Date): MonthTally {
  const { start, end } = instants(monthPeriod(month));
  const rs = f.requests.filter((r) => within(r.startAt, start, end));
  const cs = f.connections.filter((c) => within(c.createdAt, start, end));
  const ms = f.meetups.filter((m) => within(m.startsAt, start, end));
  const expired = rs.filter((r) => r.state === "expired");
  return {
    requests: requestParts(rs),
    connections: Object.fromEntries([["all", connectionsFormed(cs)], ...PROVENANCES.map((p) => [p, connectionsFormed(cs, p)] as const)]),
    meetups: meetupsHeld(ms),
    attendees: meetupAttendees(ms),
    meetupConnections: meetupConnections(ms),
    active: activeMembersAt(f.members, until.getTime() < end.getTime() ? until : end),
    district: groups(rs, (r) => r.districtId),
    age: groups(rs, ageBand),
    kind: groups(rs, (r) => r.kind),
    time: groups(rs, (r) => timeBand(r.startAt)),
    heat: Object.fromEntries(
      [...groupBy(expired, (r) => r.districtId)].map(([d, g]) => [
        d,
        Object.fromEntries([...groupBy(g, (r) => timeBand(r.startAt))].map(([b, x]) => [b, unmetDemand(x)])),
      ]),
    ),
    categories: Object.fromEntries([...groupBy(rs, famisapoCategory)].map(([c, g]) => [c, completedCares(g)])),
  };
}

export const EMPTY_TALLY: MonthTally = {
  requests: {
    requests: EMPTY_PART,
    solved: EMPTY_PART,
    careMinutes: EMPTY_PART,
    completed: EMPTY_PART,
    thanks: EMPTY_PART,
    expenses: EMPTY_PART,
    satisfaction: EMPTY_PART,
    outcomes: {},
    unmet: EMPTY_PART,
  },
  connections: {},
  meetups: EMPTY_PART,
  attendees: EMPTY_PART,
  meetupConnections: EMPTY_PART,
  active: { value: 0, members: 0 },
  district: {},
  age: {},
  kind: {},
  time: {},
  heat: {},
  categories: {},
};

/** A part of a keyed record (absent: nothing counted). */
export const at = (r: Record<string, Part> | undefined, key: string): Part => r?.[key] ?? EMPTY_PART;

function addRecords(a: Record<string, Part>, b: Record<string, Part>): Record<string, Part> {
  const out = { ...a };
  for (const [k, p] of Object.entries(b)) out[k] = addParts(at(out, k), p);
  return out;
}
function addGroups(a: Record<string, GroupParts>, b: Record<string, GroupParts>): Record<string, GroupParts> {
  const out = { ...a };
  for (const [k, g] of Object.entries(b)) {
    const x = out[k];
    out[k] = x ? { requests: addParts(x.requests, g.requests), solved: addParts(x.solved, g.solved) } : g;
  }
  return out;
}

function addTwo(a: MonthTally, b: MonthTally): MonthTally {
  const ra = a.requests;
  const rb = b.requests;
  const heat = { ...a.heat };
  for (const [d, cells] of Object.entries(b.heat)) heat[d] = addRecords(heat[d] ?? {}, cells);
  return {
    requests: {
      requests: addParts(ra.requests, rb.requests),
      solved: addParts(ra.solved, rb.solved),
      careMinutes: addParts(ra.careMinutes, rb.careMinutes),
      completed: addParts(ra.completed, rb.completed),
      thanks: addParts(ra.thanks, rb.thanks),
      expenses: addParts(ra.expenses, rb.expenses),
      satisfaction: addParts(ra.satisfaction, rb.satisfaction),
      outcomes: addRecords(ra.outcomes, rb.outcomes),
      unmet: addParts(ra.unmet, rb.unmet),
    },
    connections: addRecords(a.connections, b.connections),
    meetups: addParts(a.meetups, b.meetups),
    attendees: addParts(a.attendees, b.attendees),
    meetupConnections: addParts(a.meetupConnections, b.meetupConnections),
    // Taken at an instant: a range's is its last month's.
    active: b.active,
    district: addGroups(a.district, b.district),
    age: addGroups(a.age, b.age),
    kind: addGroups(a.kind, b.kind),
    time: addGroups(a.time, b.time),
    heat,
    categories: addRecords(a.categories, b.categories),
  };
}

/** The tally of consecutive months, in order (a missing month is EMPTY_TALLY). */
export function addTallies(months: readonly MonthTally[]): MonthTally {
  return months.reduce(addTwo, EMPTY_TALLY);
}
