import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { districts, members, municipalities, municipalityStaff, platformAdmins, users } from "../schema";

// Municipalities, their districts and staff, as the admin desk manages them.

export type NewMunicipality = typeof municipalities.$inferInsert;
export type NewDistrict = typeof districts.$inferInsert;

export async function findMunicipality(db: Db, id: string) {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.id, id));
  return row ?? null;
}

export async function municipalityCodeTaken(db: Db, code: string): Promise<boolean> {
  const [row] = await db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.code, code));
  return Boolean(row);
}

export async function insertMunicipality(db: Db, values: NewMunicipality): Promise<string> {
  const [row] = await db.insert(municipalities).values(values).returning({ id: municipalities.id });
  return row!.id;
}

export async function districtsOf(db: Db, municipalityId: string) {
  return db.select().from(districts).where(eq(districts.municipalityId, municipalityId)).orderBy(asc(districts.nameJa));
}

export async function districtNameTaken(db: Db, municipalityId: string, nameJa: string): Promise<boolean> {
  const [row] = await db
    .select({ id: districts.id })
    .from(districts)
    .where(and(eq(districts.municipalityId, municipalityId), eq(districts.nameJa, nameJa)));
  return Boolean(row);
}

export async function insertDistrict(db: Db, values: NewDistrict): Promise<void> {
  await db.insert(districts).values(values);
}

export async function setStaff(db: Db, userId: string, municipalityId: string, now: Date): Promise<void> {
  await db
    .insert(municipalityStaff)
    .values({ userId, municipalityId, assignedAt: now })
    .onConflictDoUpdate({ target: municipalityStaff.userId, set: { municipalityId, assignedAt: now } });
}

export async function findUserIdByEmail(db: Db, email: string): Promise<string | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id ?? null;
}

export async function insertUser(db: Db, email: string): Promise<string> {
  const [row] = await db.insert(users).values({ email }).returning({ id: users.id });
  return row!.id;
}

export async function grantPlatformAdmin(db: Db, userId: string, now: Date): Promise<void> {
  await db.insert(platformAdmins).values({ userId, grantedAt: now }).onConflictDoNothing();
}

export async function isPlatformAdmin(db: Db, userId: string): Promise<boolean> {
  const [row] = await db.select({ id: platformAdmins.userId }).from(platformAdmins).where(eq(platformAdmins.userId, userId));
  return Boolean(row);
}

/** The municipality a user is staff of, if any. */
export async function staffMunicipalityOf(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: municipalityStaff.municipalityId })
    .from(municipalityStaff)
    .where(eq(municipalityStaff.userId, userId));
  return row?.id ?? null;
}

export async function listMunicipalities(db: Db) {
  return db
    .select({
      id: municipalities.id,
      code: municipalities.code,
      nameJa: municipalities.nameJa,
      nameEn: municipalities.nameEn,
      prefectureJa: municipalities.prefectureJa,
      prefectureEn: municipalities.prefectureEn,
      districts: sql<number>`(select count(*)::int from districts d where d.municipality_id = ${municipalities.id})`,
      staff: sql<number>`(select count(*)::int from municipality_staff s where s.municipality_id = ${municipalities.id})`,
    })
    .from(municipalities)
    .orderBy(asc(municipalities.code));
}

/** The staff of a municipality: names for the admin desk only. */
export async function staffOf(db: Db, municipalityId: string) {
  return db
    .select({ userId: users.id, email: users.email, displayName: members.displayName })
    .from(municipalityStaff)
    .innerJoin(users, eq(users.id, municipalityStaff.userId))
    .leftJoin(members, eq(members.userId, users.id))
    .where(eq(municipalityStaff.municipalityId, municipalityId))
    .orderBy(asc(users.email));
}

export async function removeStaff(db: Db, userId: string, municipalityId: string): Promise<boolean> {
  const gone = await db
    .delete(municipalityStaff)
    .where(and(eq(municipalityStaff.userId, userId), eq(municipalityStaff.municipalityId, municipalityId)))
    .returning({ id: municipalityStaff.userId });
  return gone.length > 0;
}
