import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { districts, municipalities, municipalityStaff, platformAdmins, users } from "../schema";

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
