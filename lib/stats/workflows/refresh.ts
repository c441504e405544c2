import "server-only";
import type { Db } from "@/db/client";
import {
  municipalitiesWithStaff,
  pruneStatsRequests,
  refreshStatsMemberDays,
  refreshStatsRequests,
  setStatsRefreshedAt,
  statsRefreshedAt,
  storeDashboard,
} from "@/db/queries/stats";
import { tokyoDate } from "@/lib/time/tokyo";
import { defaultPeriod } from "../period";
import { computeDashboard } from "./dashboard";

/** Requests starting this recently are copied again at every refresh: their reports, surveys and settlements still arrive. */
export const RECENT_DAYS = 60;
/** A margin for rows written while the previous refresh ran. */
const OVERLAP_MS = 60 * 60_000;
const KEY = "dashboard";

/**
 * Brings the dashboard's summaries up to date (the clock sweep's job, never a page read's). The first
 * run copies everything; later runs copy what is recent or changed since the last one. Returns how
 * many request rows were written.
 */
export async function refreshStats(db: Db, now: Date): Promise<number> {
  const written = await db.transaction(async (tx) => {
    const last = await statsRefreshedAt(tx, KEY);
    const since = last === null ? null : new Date(last.getTime() - OVERLAP_MS);
    const written = await refreshStatsRequests(tx, since, new Date(now.getTime() - RECENT_DAYS * 86_400_000));
    await refreshStatsMemberDays(tx, since);
    await pruneStatsRequests(tx);
    await setStatsRefreshedAt(tx, KEY, now);
    return written;
  });
  await storeDefaultDashboards(db, now);
  return written;
}

/** Each staffed municipality's dashboard for the default period, computed and stored for the page to read. */
async function storeDefaultDashboards(db: Db, now: Date): Promise<void> {
  const period = defaultPeriod(tokyoDate(now));
  for (const id of await municipalitiesWithStaff(db)) {
    const dashboard = await computeDashboard(db, id, period, now);
    await storeDashboard(db, id, period.from, period.to, dashboard, now);
  }
}
