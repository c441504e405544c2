import "server-only";
import type { Db } from "@/db/client";
import { districtsOf, findMunicipality } from "@/db/queries/municipalities";
import { memberJoins, monthTallies, storedDashboard } from "@/db/queries/stats";
import { buildDashboard, type Dashboard } from "../dashboard";
import { monthsOf, type Period, previousPeriod } from "../period";
import type { MonthTally } from "../tally";

export type MunicipalityDashboard = {
  town: { nameJa: string; nameEn: string; prefectureJa: string; prefectureEn: string };
  districts: { id: string; nameJa: string; nameEn: string }[];
  dashboard: Dashboard;
};

/**
 * One municipality's dashboard for a period of whole months (and the period before it, for the
 * change). The caller has already decided the viewer is its staff; every read is scoped to
 * `municipalityId`.
 */
export async function municipalityDashboard(db: Db, municipalityId: string, period: Period): Promise<MunicipalityDashboard | null> {
  const [town, districts, stored] = await Promise.all([
    findMunicipality(db, municipalityId),
    districtsOf(db, municipalityId),
    storedDashboard(db, municipalityId, period.from, period.to),
  ]);
  if (!town) return null;
  // The default period is kept ready by the refresh; any other is summed from the months' tallies now.
  const dashboard = (stored as Dashboard | null) ?? (await computeDashboard(db, municipalityId, period, districts));
  return { town, districts, dashboard };
}

/** The dashboard summed from the stored month tallies (lib/stats/tally.ts) and the members who joined by month. */
export async function computeDashboard(db: Db, municipalityId: string, period: Period, districts: { id: string }[]): Promise<Dashboard> {
  const first = monthsOf(previousPeriod(period))[0]!;
  const last = monthsOf(period).at(-1)!;
  const [rows, joins] = await Promise.all([monthTallies(db, municipalityId, first, last), memberJoins(db, municipalityId)]);
  return buildDashboard(
    new Map(rows.map((r) => [r.month, r.tally as MonthTally])),
    joins,
    period,
    districts.map((d) => d.id),
  );
}
