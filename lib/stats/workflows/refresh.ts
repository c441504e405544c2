import "server-only";
import type { Db } from "@/db/client";
import { districtsOf } from "@/db/queries/municipalities";
import {
  addStatsMemberDays,
  allMunicipalityIds,
  copyStatsRequests,
  monthsOfMeetupsEnded,
  monthsWithFacts,
  municipalitiesWithStaff,
  platformFactGroups,
  pruneStatsRequests,
  requestIdsOfParents,
  setStatsRefreshedAt,
  statsFacts,
  statsMemberDaysOf,
  statsRefreshedAt,
  statsRequestMonths,
  storeDashboard,
  storeLandingGroups,
  storeMonthTally,
  takeDirtyMonths,
  takeStatsChanges,
} from "@/db/queries/stats";
import { tokyoDate, tokyoMonth } from "@/lib/time/tokyo";
import { ACTIVE_DAYS } from "../figures";
import { defaultPeriod, instants, monthPeriod, monthsReached } from "../period";
import { tallyMonth } from "../tally";
import { computeDashboard } from "./dashboard";

const KEY = "dashboard";

/** (municipality, month) pairs, without repeats. */
class TownMonths {
  private readonly byTown = new Map<string, Set<string>>();
  add(town: string, month: string) {
    const set = this.byTown.get(town);
    if (set) set.add(month);
    else this.byTown.set(town, new Set([month]));
  }
  addAll(rows: readonly { municipality_id: string; month: string }[]) {
    for (const r of rows) this.add(r.municipality_id, r.month);
  }
  /** A member's active day counts in the months whose end is within ACTIVE_DAYS after it. */
  addDays(rows: readonly { municipality_id: string; day: string }[]) {
    for (const r of rows) for (const m of monthsReached(r.day, ACTIVE_DAYS)) this.add(r.municipality_id, m);
  }
  entries() {
    return [...this.byTown].map(([town, months]) => [town, [...months].sort()] as const);
  }
}

/**
 * Brings the statistics summaries up to date (the clock sweep's job, never a page read's): the copy
 * of each request (stats_requests), members' active days, and the tally of each month of each
 * municipality (stats_months) that a dashboard of any range sums. The first run copies and tallies
 * everything; later runs take what the database triggers marked as changed (whatever its dates, so
 * a row written late is counted in its own month at the next run), plus the months whose figures
 * move with time alone (the month in progress and the one before it, meetups that have ended).
 * Returns how many request rows were written.
 */
export async function refreshStats(db: Db, now: Date): Promise<number> {
  const written = await db.transaction(async (tx) => {
    const last = await statsRefreshedAt(tx, KEY);
    const dirty = new TownMonths();
    let written: number;
    if (last === null) {
      // Cleared first: anything written from here on is in the copy, or marked again for the next run.
      await takeStatsChanges(tx);
      await takeDirtyMonths(tx);
      written = await copyStatsRequests(tx, null);
      await addStatsMemberDays(tx, null);
      await pruneStatsRequests(tx);
      const facts = await monthsWithFacts(tx);
      dirty.addAll(facts);
      // Active members reach up to ACTIVE_DAYS past the last fact.
      for (const r of facts) for (const m of monthsReached(`${r.month}-01`, ACTIVE_DAYS + 31)) dirty.add(r.municipality_id, m);
    } else {
      const changes = await takeStatsChanges(tx);
      dirty.addAll(await takeDirtyMonths(tx));
      const of = (kind: string) => changes.filter((c) => c.kind === kind).map((c) => c.key);
      const memberIds = of("member");
      const requestIds = [...new Set([...of("request"), ...(await requestIdsOfParents(tx, memberIds))])];
      // A request may move month or municipality: both its old and its new month are counted again.
      dirty.addAll(await statsRequestMonths(tx, requestIds));
      written = await copyStatsRequests(tx, requestIds);
      dirty.addAll(await statsRequestMonths(tx, requestIds));
      dirty.addAll(await pruneStatsRequests(tx));
      dirty.addDays(await addStatsMemberDays(tx, { requestIds, meetupIds: of("meetup") }));
      // A member who changed (moved, left) changes the active members of the months their days reach.
      dirty.addDays(await statsMemberDaysOf(tx, memberIds));
      dirty.addAll(await monthsOfMeetupsEnded(tx, last, now));
    }
    // The month in progress (active members until now) and the one just ended (now taken at its end).
    const { month: thisMonth, previous: lastMonth } = tokyoMonth(undefined, now);
    for (const town of await allMunicipalityIds(tx)) {
      dirty.add(town, thisMonth);
      dirty.add(town, lastMonth);
    }
    for (const [town, months] of dirty.entries()) {
      // One read of the town's facts over the span of its months, then each month's tally.
      const facts = await statsFacts(tx, town, instants(monthPeriod(months[0]!)).start, instants(monthPeriod(months.at(-1)!)).end, now);
      for (const month of months) await storeMonthTally(tx, town, month, tallyMonth(facts, month, now), now);
    }
    if (written > 0 || last === null) await storeLandingGroups(tx, await platformFactGroups(tx), now);
    await setStatsRefreshedAt(tx, KEY, now);
    return written;
  });
  await storeDefaultDashboards(db, now);
  return written;
}

/** Each staffed municipality's dashboard for the default period, summed and stored for the page to read. */
async function storeDefaultDashboards(db: Db, now: Date): Promise<void> {
  const period = defaultPeriod(tokyoDate(now));
  for (const id of await municipalitiesWithStaff(db)) {
    const dashboard = await computeDashboard(db, id, period, await districtsOf(db, id));
    await storeDashboard(db, id, period.from, period.to, dashboard, now);
  }
}
