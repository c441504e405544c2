import { and, eq, gt, lte } from "drizzle-orm";
import type { Db } from "../client";
import { careReports, careRequests } from "../schema";

/** Cares still waiting for their helper's report whose end lies in (from, to]. */
export async function awaitingReportEndedBetween(db: Db, from: Date, to: Date) {
  return db
    .select({ id: careRequests.id, helperId: careRequests.helperId, startAt: careRequests.startAt, endAt: careRequests.endAt })
    .from(careRequests)
    .where(and(eq(careRequests.state, "awaiting_report"), gt(careRequests.endAt, from), lte(careRequests.endAt, to)));
}

/** Cares whose report waits for the parent's confirmation, reported in (from, to]. */
export async function reportedBetween(db: Db, from: Date, to: Date) {
  return db
    .select({ id: careRequests.id, parentId: careRequests.parentId, startAt: careRequests.startAt, reportedAt: careReports.reportedAt })
    .from(careRequests)
    .innerJoin(careReports, eq(careReports.requestId, careRequests.id))
    .where(and(eq(careRequests.state, "reported"), gt(careReports.reportedAt, from), lte(careReports.reportedAt, to)));
}
