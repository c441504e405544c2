import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { members, singleParentVerifications } from "../schema";

export type SingleParentRow = typeof singleParentVerifications.$inferSelect;
type Document = NonNullable<SingleParentRow["document"]>;

export async function insertSingleParentRequest(db: Db, r: { userId: string; document: Document; now: Date }): Promise<string> {
  const [row] = await db
    .insert(singleParentVerifications)
    .values({ userId: r.userId, document: r.document, createdAt: r.now })
    .returning({ id: singleParentVerifications.id });
  return row!.id;
}

export async function singleParentRequestsOf(db: Db, userId: string) {
  return db
    .select()
    .from(singleParentVerifications)
    .where(eq(singleParentVerifications.userId, userId))
    .orderBy(desc(singleParentVerifications.createdAt));
}

export async function lockSingleParentRequest(tx: Db, id: string): Promise<SingleParentRow | null> {
  const [row] = await tx.select().from(singleParentVerifications).where(eq(singleParentVerifications.id, id)).for("update");
  return row ?? null;
}

export async function verifySingleParentRow(tx: Db, id: string, d: { document: Document; validUntil: string; adminId: string; now: Date }) {
  await tx
    .update(singleParentVerifications)
    .set({ status: "approved", document: d.document, validUntil: d.validUntil, verifiedBy: d.adminId, verifiedAt: d.now })
    .where(eq(singleParentVerifications.id, id));
}

export async function rejectSingleParentRow(tx: Db, id: string, d: { reason: string; adminId: string; now: Date }) {
  await tx
    .update(singleParentVerifications)
    .set({ status: "rejected", rejectReason: d.reason, verifiedBy: d.adminId, verifiedAt: d.now })
    .where(eq(singleParentVerifications.id, id));
}

export async function listOpenSingleParentRequests(db: Db) {
  return db
    .select({ id: singleParentVerifications.id, displayName: members.displayName, createdAt: singleParentVerifications.createdAt })
    .from(singleParentVerifications)
    .innerJoin(members, eq(members.userId, singleParentVerifications.userId))
    .where(eq(singleParentVerifications.status, "applied"))
    .orderBy(asc(singleParentVerifications.createdAt));
}

export async function findSingleParentRequest(db: Db, id: string) {
  const [row] = await db
    .select({ verification: singleParentVerifications, displayName: members.displayName, nameKana: members.nameKana })
    .from(singleParentVerifications)
    .innerJoin(members, eq(members.userId, singleParentVerifications.userId))
    .where(eq(singleParentVerifications.id, id));
  return row ?? null;
}
