import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { blockedPhones, careFeedback, careRequests, members, reports } from "../schema";

// Reports and suspensions: the rows the safety workflows and the admin queue read and write.

export type ReportRow = typeof reports.$inferSelect;

export async function insertReport(db: Db, report: typeof reports.$inferInsert): Promise<string> {
  const [row] = await db.insert(reports).values(report).returning({ id: reports.id });
  return row!.id;
}

export async function lockReport(db: Db, id: string): Promise<ReportRow | null> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id)).for("update");
  return row ?? null;
}

export async function markReviewed(db: Db, id: string, now: Date): Promise<void> {
  await db.update(reports).set({ state: "in_review", reviewedAt: now }).where(eq(reports.id, id));
}

export async function markDecided(
  db: Db,
  id: string,
  d: { decision: NonNullable<ReportRow["decision"]>; reason: string; adminId: string; now: Date },
): Promise<void> {
  await db
    .update(reports)
    .set({ state: "decided", decision: d.decision, decisionReason: d.reason, decidedBy: d.adminId, decidedAt: d.now })
    .where(eq(reports.id, id));
}

const reporter = alias(members, "reporter");
const reported = alias(members, "reported");

const queueColumns = {
  id: reports.id,
  target: reports.target,
  category: reports.category,
  state: reports.state,
  respondBy: reports.respondBy,
  createdAt: reports.createdAt,
  reporterName: reporter.displayName,
  reportedName: reported.displayName,
};

/** The admin queue: undecided first, the nearest response target first; then the decided, newest first. */
export async function listReportQueue(db: Db, limit = 200) {
  return db
    .select(queueColumns)
    .from(reports)
    .leftJoin(reporter, eq(reporter.userId, reports.reporterId))
    .leftJoin(reported, eq(reported.userId, reports.reportedId))
    .orderBy(sql`${reports.state} = 'decided'`, asc(reports.respondBy), desc(reports.createdAt))
    .limit(limit);
}

/** One report for the admin desk, with the names and the reported member's standing. */
export async function findReport(db: Db, id: string) {
  const [row] = await db
    .select({
      report: reports,
      reporterName: reporter.displayName,
      reportedName: reported.displayName,
      reportedStatus: reported.status,
      requestStart: careRequests.startAt,
      requestNotes: careRequests.notes,
      thankYou: careFeedback.thankYouMessage,
    })
    .from(reports)
    .leftJoin(reporter, eq(reporter.userId, reports.reporterId))
    .leftJoin(reported, eq(reported.userId, reports.reportedId))
    .leftJoin(careRequests, eq(careRequests.id, reports.requestId))
    .leftJoin(careFeedback, eq(careFeedback.requestId, reports.requestId))
    .where(eq(reports.id, id));
  return row ?? null;
}

/** The decision that suspended a member, for their /suspended page: the newest one. */
export async function latestSuspensionOf(db: Db, userId: string) {
  const [row] = await db
    .select({ reason: reports.decisionReason, decidedAt: reports.decidedAt })
    .from(reports)
    .where(and(eq(reports.reportedId, userId), eq(reports.decision, "suspension")))
    .orderBy(desc(reports.decidedAt))
    .limit(1);
  return row ?? null;
}

/** The messages of a care that can be reported: the parent's note and the thank-you, if written. */
export async function careMessages(db: Db, requestId: string) {
  const [row] = await db
    .select({ notes: careRequests.notes, thankYou: careFeedback.thankYouMessage })
    .from(careRequests)
    .leftJoin(careFeedback, eq(careFeedback.requestId, careRequests.id))
    .where(eq(careRequests.id, requestId));
  return { request_note: Boolean(row?.notes?.trim()), thank_you: Boolean(row?.thankYou?.trim()) };
}

/** The member's standing and verified number, locking their row. */
export async function lockMemberStanding(db: Db, userId: string) {
  const [row] = await db
    .select({ status: members.status, phone: members.phone, verifiedAt: members.phoneVerifiedAt })
    .from(members)
    .where(eq(members.userId, userId))
    .for("update");
  return row ?? null;
}

export async function setMemberStatus(db: Db, userId: string, status: "active" | "suspended", now: Date): Promise<void> {
  await db.update(members).set({ status, updatedAt: now }).where(eq(members.userId, userId));
}

export async function blockPhone(db: Db, phoneKey: string, userId: string, now: Date): Promise<void> {
  await db.insert(blockedPhones).values({ phoneKey, userId, createdAt: now }).onConflictDoNothing();
}

export async function unblockPhonesOf(db: Db, userId: string): Promise<void> {
  await db.delete(blockedPhones).where(eq(blockedPhones.userId, userId));
}

export async function phoneBlocked(db: Db, phoneKey: string): Promise<boolean> {
  const [row] = await db.select({ key: blockedPhones.phoneKey }).from(blockedPhones).where(eq(blockedPhones.phoneKey, phoneKey));
  return Boolean(row);
}
