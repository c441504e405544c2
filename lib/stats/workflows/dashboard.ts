import "server-only";
import type { Db } from "@/db/client";
import { districtsOf, findMunicipality } from "@/db/queries/municipalities";
import { statsFacts, storedDashboard } from "@/db/queries/stats";
import { buildDashboard, type Dashboard } from "../dashboard";
import { instants, type Period, previousPeriod } from "../period";

export type MunicipalityDashboard = {
  town: { nameJa: string; nameEn: string; prefectureJa: string; prefectureEn: string };
  districts: { id: string; nameJa: string; nameEn: string }[];
  dashboard: Dashboard;
};

/**
 * One municipality's dashboard for a period (and the period before it, for the change). The
 * caller has already decided the viewer is its staff; every read is scoped to `municipalityId`.
 */
export async function municipalityDashboard(
  db: Db,
  municipalityId: string,
  period: Period,
  now: Date,
): Promise<MunicipalityDashboard | null> {
  const [town, districts, stored] = await Promise.all([
    findMunicipality(db, municipalityId),
    districtsOf(db, municipalityId),
    storedDashboard(db, municipalityId, period.from, period.to),
  ]);
  if (!town) return null;
  // The default period is kept ready by the clock sweep; any other is computed now.
  const dashboard = (stored as Dashboard | null) ?? (await computeDashboard(db, municipalityId, period, now, districts));
  return { town, districts, dashboard };
}

/** The dashboard computed from the summaries with lib/stats (the clock sweep stores the default period's). */
export async function computeDashboard(
  db: Db,
  municipalityId: string,
  period: Period,
  now: Date,
  districts?: { id: string }[],
): Promise<Dashboard> {
  const { start } = instants(previousPeriod(period));
  const { end } = instants(period);
  const [ds, facts] = await Promise.all([districts ?? districtsOf(db, municipalityId), statsFacts(db, municipalityId, start, end, now)]);
  return buildDashboard(
    facts,
    period,
    ds.map((d) => d.id),
  );
}
