import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { careReports, careRequests, members } from "../schema";

const parent = alias(members, "parent");
const helper = alias(members, "helper");

// What an admin needs to decide a dispute: who, when, what was reported and why it was
// disputed. Never the children's details: the dispute is about times and money.
const disputeColumns = {
  requestId: careRequests.id,
  kind: careRequests.kind,
  startAt: careRequests.startAt,
  endAt: careRequests.endAt,
  parentId: careRequests.parentId,
  helperId: careRequests.helperId,
  parentName: parent.displayName,
  helperName: helper.displayName,
  actualStartAt: careReports.actualStartAt,
  actualEndAt: careReports.actualEndAt,
  expenses: careReports.expenses,
  reportedAt: careReports.reportedAt,
  disputedAt: careReports.disputedAt,
  disputeReason: careReports.disputeReason,
};

function disputes(db: Db) {
  return db
    .select(disputeColumns)
    .from(careRequests)
    .innerJoin(careReports, eq(careReports.requestId, careRequests.id))
    .innerJoin(parent, eq(parent.userId, careRequests.parentId))
    .innerJoin(helper, eq(helper.userId, careRequests.helperId));
}

export type DisputeRow = Awaited<ReturnType<typeof listDisputes>>[number];

/** Disputed cares waiting for an admin, oldest dispute first. The caller has checked the admin capability. */
export async function listDisputes(db: Db) {
  return disputes(db).where(eq(careRequests.state, "disputed")).orderBy(asc(careReports.disputedAt));
}

/** A dispute still waiting for an admin, or null. */
export async function findDispute(db: Db, requestId: string): Promise<DisputeRow | null> {
  const [row] = await disputes(db).where(and(eq(careRequests.id, requestId), eq(careRequests.state, "disputed")));
  return row ?? null;
}
