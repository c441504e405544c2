import { and, eq, gt, lte } from "drizzle-orm";
import type { Db } from "../client";
import { careRequests } from "../schema";

/** Matched cares starting in (from, to], with both sides. */
export async function matchedStartingBetween(db: Db, from: Date, to: Date) {
  return db
    .select({
      id: careRequests.id,
      parentId: careRequests.parentId,
      helperId: careRequests.helperId,
      startAt: careRequests.startAt,
      matchedAt: careRequests.matchedAt,
    })
    .from(careRequests)
    .where(and(eq(careRequests.state, "matched"), gt(careRequests.startAt, from), lte(careRequests.startAt, to)));
}
