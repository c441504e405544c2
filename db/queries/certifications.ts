import { and, asc, desc, eq, gte, isNull, lte, sql } from "drizzle-orm";
import type { IdentityDocument, TrainingRecord } from "@/lib/members/certification";
import type { Db } from "../client";
import { members, organiserApplications } from "../schema";

export type OrganiserApplicationRow = typeof organiserApplications.$inferSelect;

export async function insertApplication(
  db: Db,
  a: { userId: string; identityDocument: IdentityDocument; training: TrainingRecord[]; now: Date },
): Promise<string> {
  const [row] = await db
    .insert(organiserApplications)
    .values({ userId: a.userId, identityDocument: a.identityDocument, training: a.training, createdAt: a.now })
    .returning({ id: organiserApplications.id });
  return row!.id;
}

/** The member's applications, newest first. */
export async function applicationsOf(db: Db, userId: string) {
  return db
    .select()
    .from(organiserApplications)
    .where(eq(organiserApplications.userId, userId))
    .orderBy(desc(organiserApplications.createdAt));
}

/** The application row, locked until the transaction ends; null when there is none. */
export async function lockApplication(tx: Db, id: string): Promise<OrganiserApplicationRow | null> {
  const [row] = await tx.select().from(organiserApplications).where(eq(organiserApplications.id, id)).for("update");
  return row ?? null;
}

/** The member's certification end and capabilities, locked so two approvals cannot both extend from the same end. */
export async function lockCertifiedUntil(tx: Db, userId: string) {
  const [row] = await tx
    .select({ until: members.organiserCertifiedUntil, capabilities: members.capabilities })
    .from(members)
    .where(eq(members.userId, userId))
    .for("update");
  return row ?? null;
}

export async function approveApplication(
  tx: Db,
  id: string,
  d: { identityDocument: IdentityDocument; last4: string | null; from: string; until: string; adminId: string; now: Date },
) {
  await tx
    .update(organiserApplications)
    .set({
      status: "approved",
      identityDocument: d.identityDocument,
      identityDocumentLast4: d.last4,
      validFrom: d.from,
      validUntil: d.until,
      decidedBy: d.adminId,
      decidedAt: d.now,
    })
    .where(eq(organiserApplications.id, id));
}

export async function rejectApplication(tx: Db, id: string, d: { reason: string; adminId: string; now: Date }) {
  await tx
    .update(organiserApplications)
    .set({ status: "rejected", rejectReason: d.reason, decidedBy: d.adminId, decidedAt: d.now })
    .where(eq(organiserApplications.id, id));
}

/** The denormalised current end (members.organiser_certified_until), and the organiser capability. */
export async function setCertifiedUntil(
  tx: Db,
  userId: string,
  d: { until: string; capabilities: (typeof members.$inferSelect)["capabilities"]; now: Date },
) {
  await tx
    .update(members)
    .set({ organiserCertifiedUntil: d.until, capabilities: d.capabilities, updatedAt: d.now })
    .where(eq(members.userId, userId));
}

/** Applications waiting at the desk, oldest first, with who applied and their current end. */
export async function listOpenApplications(db: Db) {
  return db
    .select({
      id: organiserApplications.id,
      userId: organiserApplications.userId,
      displayName: members.displayName,
      certifiedUntil: members.organiserCertifiedUntil,
      createdAt: organiserApplications.createdAt,
    })
    .from(organiserApplications)
    .innerJoin(members, eq(members.userId, organiserApplications.userId))
    .where(eq(organiserApplications.status, "applied"))
    .orderBy(asc(organiserApplications.createdAt));
}

/** One application with its applicant, for the admin desk (the caller checks the capability). */
export async function findApplication(db: Db, id: string) {
  const [row] = await db
    .select({
      application: organiserApplications,
      displayName: members.displayName,
      nameKana: members.nameKana,
      certifiedUntil: members.organiserCertifiedUntil,
    })
    .from(organiserApplications)
    .innerJoin(members, eq(members.userId, organiserApplications.userId))
    .where(eq(organiserApplications.id, id));
  return row ?? null;
}

/**
 * Claims the reminders due: approved periods that are still the member's current end, ending
 * between `from` and `to`, not reminded yet. Marked in the same statement, so that two servers
 * sweeping at once never remind twice.
 */
export async function claimDueReminders(tx: Db, d: { from: string; to: string; now: Date }) {
  return tx
    .update(organiserApplications)
    .set({ remindedAt: d.now })
    .where(
      and(
        eq(organiserApplications.status, "approved"),
        isNull(organiserApplications.remindedAt),
        gte(organiserApplications.validUntil, d.from),
        lte(organiserApplications.validUntil, d.to),
        sql`${organiserApplications.validUntil} = (select ${members.organiserCertifiedUntil} from ${members} where ${members.userId} = ${organiserApplications.userId})`,
      ),
    )
    .returning({ userId: organiserApplications.userId, validUntil: organiserApplications.validUntil });
}
