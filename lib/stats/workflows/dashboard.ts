import "server-only";
import type { Db } from "@/db/client";
import { findMunicipality } from "@/db/queries/municipalities";
import { statsDistricts, statsFacts } from "@/db/queries/stats";
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
  const { start } = instants(previousPeriod(period));
  const { end } = instants(period);
  const [town, districts, facts] = await Promise.all([
    findMunicipality(db, municipalityId),
    statsDistricts(db, municipalityId),
    statsFacts(db, municipalityId, start, end, now),
  ]);
  if (!town) return null;
  return {
    town,
    districts,
    dashboard: buildDashboard(
      facts,
      period,
      districts.map((d) => d.id),
    ),
  };
}
