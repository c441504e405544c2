import { asc, desc, eq } from "drizzle-orm";
import type { QualificationKind } from "@/lib/members/standing";
import type { Db } from "../client";
import { members, qualifications } from "../schema";

export type QualificationRow = typeof qualifications.$inferSelect;

export async function insertQualification(
  db: Db,
  q: { userId: string; kind: QualificationKind; certificateNumber: string; now: Date },
): Promise<string> {
  const [row] = await db
    .insert(qualifications)
    .values({ userId: q.userId, kind: q.kind, certificateNumber: q.certificateNumber, createdAt: q.now })
    .returning({ id: qualifications.id });
  return row!.id;
}

export async function qualificationsOf(db: Db, userId: string) {
  return db.select().from(qualifications).where(eq(qualifications.userId, userId)).orderBy(desc(qualifications.createdAt));
}

export async function lockQualification(tx: Db, id: string): Promise<QualificationRow | null> {
  const [row] = await tx.select().from(qualifications).where(eq(qualifications.id, id)).for("update");
  return row ?? null;
}

export async function verifyQualificationRow(tx: Db, id: string, d: { validUntil: string; adminId: string; now: Date }) {
  await tx
    .update(qualifications)
    .set({ status: "approved", validUntil: d.validUntil, verifiedBy: d.adminId, verifiedAt: d.now })
    .where(eq(qualifications.id, id));
}

export async function rejectQualificationRow(tx: Db, id: string, d: { reason: string; adminId: string; now: Date }) {
  await tx
    .update(qualifications)
    .set({ status: "rejected", rejectReason: d.reason, verifiedBy: d.adminId, verifiedAt: d.now })
    .where(eq(qualifications.id, id));
}

export async function listOpenQualifications(db: Db) {
  return db
    .select({ id: qualifications.id, kind: qualifications.kind, displayName: members.displayName, createdAt: qualifications.createdAt })
    .from(qualifications)
    .innerJoin(members, eq(members.userId, qualifications.userId))
    .where(eq(qualifications.status, "applied"))
    .orderBy(asc(qualifications.createdAt));
}

export async function findQualification(db: Db, id: string) {
  const [row] = await db
    .select({ qualification: qualifications, displayName: members.displayName, nameKana: members.nameKana })
    .from(qualifications)
    .innerJoin(members, eq(members.userId, qualifications.userId))
    .where(eq(qualifications.id, id));
  return row ?? null;
}
