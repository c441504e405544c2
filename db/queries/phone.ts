import { and, asc, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import { members, phoneCodes } from "../schema";

export type PhoneCodeRow = typeof phoneCodes.$inferSelect;

/** The member's number and whether it is verified, locking the member's row for the transaction. */
export async function lockMemberPhone(tx: Db, userId: string) {
  const [row] = await tx
    .select({ phone: members.phone, verifiedAt: members.phoneVerifiedAt, locale: members.locale })
    .from(members)
    .where(eq(members.userId, userId))
    .for("update");
  return row ?? null;
}

export async function memberPhone(db: Db, userId: string) {
  const [row] = await db
    .select({ phone: members.phone, verifiedAt: members.phoneVerifiedAt })
    .from(members)
    .where(eq(members.userId, userId));
  return row ?? null;
}

/**
 * Every member who gives this number, locked in one order, so that members verifying one number at
 * once are decided one after the other.
 */
export async function lockClaims(tx: Db, phone: string) {
  const rows = await tx
    .select({ userId: members.userId, verifiedAt: members.phoneVerifiedAt })
    .from(members)
    .where(eq(members.phone, phone))
    .orderBy(asc(members.userId))
    .for("update");
  return rows.map((r) => ({ userId: r.userId, verified: r.verifiedAt !== null }));
}

/** Whether another member has verified this number. */
export async function verifiedElsewhere(db: Db, phone: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: members.userId })
    .from(members)
    .where(and(eq(members.phone, phone), isNotNull(members.phoneVerifiedAt), ne(members.userId, userId)))
    .limit(1);
  return Boolean(row);
}

/** A new number, unverified until its code is entered. */
export async function setPhone(db: Db, userId: string, phone: string, now: Date): Promise<void> {
  await db.update(members).set({ phone, phoneVerifiedAt: null, updatedAt: now }).where(eq(members.userId, userId));
}

export async function markPhoneVerified(db: Db, userId: string, now: Date): Promise<void> {
  await db.update(members).set({ phoneVerifiedAt: now, updatedAt: now }).where(eq(members.userId, userId));
}

/** Ends unverified claims of a number someone else proved: those members are asked for their number again. */
export async function dropClaims(db: Db, userIds: string[], now: Date): Promise<void> {
  if (userIds.length === 0) return;
  await db.update(members).set({ phone: null, phoneVerifiedAt: null, updatedAt: now }).where(inArray(members.userId, userIds));
}

export async function findCode(db: Db, userId: string): Promise<PhoneCodeRow | null> {
  const [row] = await db.select().from(phoneCodes).where(eq(phoneCodes.userId, userId));
  return row ?? null;
}

export async function lockCode(tx: Db, userId: string): Promise<PhoneCodeRow | null> {
  const [row] = await tx.select().from(phoneCodes).where(eq(phoneCodes.userId, userId)).for("update");
  return row ?? null;
}

/** Stores the code just sent, replacing the member's previous one. */
export async function saveCode(db: Db, code: PhoneCodeRow): Promise<void> {
  const { userId, ...rest } = code;
  await db.insert(phoneCodes).values(code).onConflictDoUpdate({ target: phoneCodes.userId, set: rest });
}

export async function addWrongTry(db: Db, userId: string): Promise<void> {
  await db
    .update(phoneCodes)
    .set({ wrongTries: sql`${phoneCodes.wrongTries} + 1` })
    .where(eq(phoneCodes.userId, userId));
}

export async function deleteCodes(db: Db, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db.delete(phoneCodes).where(inArray(phoneCodes.userId, userIds));
}
