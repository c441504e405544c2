import { and, arrayContains, asc, eq } from "drizzle-orm";
import type { Capability } from "@/lib/members/profile";
import type { Db } from "../client";
import { districts, members, municipalities, users } from "../schema";

export type MemberRow = typeof members.$inferSelect;
export type NewMember = typeof members.$inferInsert;

export async function findUserWithMember(db: Db, userId: string) {
  const [row] = await db
    .select({ user: users, member: members })
    .from(users)
    .leftJoin(members, eq(members.userId, users.id))
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function insertMember(db: Db, member: NewMember): Promise<void> {
  await db.insert(members).values(member);
}

export async function setMemberLocale(db: Db, userId: string, locale: "ja" | "en", now: Date): Promise<void> {
  await db.update(members).set({ locale, updatedAt: now }).where(eq(members.userId, userId));
}

/** The member's capabilities, locked for the rest of the transaction; null for no member. */
export async function lockCapabilities(db: Db, userId: string): Promise<Capability[] | null> {
  const [row] = await db.select({ capabilities: members.capabilities }).from(members).where(eq(members.userId, userId)).for("update");
  return row?.capabilities ?? null;
}

export async function setCapabilities(db: Db, userId: string, capabilities: Capability[], now: Date): Promise<void> {
  await db.update(members).set({ capabilities, updatedAt: now }).where(eq(members.userId, userId));
}

/** A member's home, with names in both languages. */
export async function memberPlace(db: Db, userId: string) {
  const [row] = await db
    .select({ municipality: municipalities, district: districts })
    .from(members)
    .innerJoin(municipalities, eq(municipalities.id, members.municipalityId))
    .innerJoin(districts, eq(districts.id, members.districtId))
    .where(eq(members.userId, userId));
  return row ?? null;
}

/** Every account, for the development "sign in as" page and the admin's list. */
export async function listAccounts(db: Db) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      displayName: members.displayName,
      nameKana: members.nameKana,
      capabilities: members.capabilities,
      status: members.status,
      municipalityJa: municipalities.nameJa,
      municipalityEn: municipalities.nameEn,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(members, eq(members.userId, users.id))
    .leftJoin(municipalities, eq(municipalities.id, members.municipalityId))
    .orderBy(asc(members.nameKana), asc(users.email));
}

/** The municipality a member lives in; null for someone not yet onboarded. */
export async function municipalityOf(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ municipalityId: members.municipalityId }).from(members).where(eq(members.userId, userId));
  return row?.municipalityId ?? null;
}

/** The active admins: who hears of a serious incident or a dispute at once, and decides it. */
export async function activeAdminIds(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: members.userId })
    .from(members)
    .where(and(arrayContains(members.capabilities, ["admin"]), eq(members.status, "active")));
  return rows.map((r) => r.id);
}
