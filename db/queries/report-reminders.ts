import { and, eq, gt, lte } from "drizzle-orm";
import type { Db } from "../client";
import { careRequests } from "../schema";

/** Cares still waiting for their helper's report whose end lies in (from, to]. */
export async function awaitingReportEndedBetween(db: Db, from: Date, to: Date) {
  return db
    .select({ id: careRequests.id, helperId: careRequests.helperId, startAt: careRequests.startAt, endAt: careRequests.endAt })
    .from(careRequests)
    .where(and(eq(careRequests.state, "awaiting_report"), gt(careRequests.endAt, from), lte(careRequests.endAt, to)));
}
