import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { districts, municipalities } from "../schema";

export async function listMunicipalitiesWithDistricts(db: Db) {
  const munis = await db.select().from(municipalities).orderBy(asc(municipalities.code));
  const ds = await db.select().from(districts).orderBy(asc(districts.nameJa));
  return munis.map((m) => ({ ...m, districts: ds.filter((d) => d.municipalityId === m.id) }));
}

export async function districtBelongsTo(db: Db, districtId: string, municipalityId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: districts.id })
    .from(districts)
    .where(and(eq(districts.id, districtId), eq(districts.municipalityId, municipalityId)));
  return Boolean(row);
}
