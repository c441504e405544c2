import { and, asc, inArray, lte } from "drizzle-orm";
import type { CareState } from "@/lib/care";
import type { Db } from "../client";
import { careRequests } from "../schema";
import type { CareRequestRow } from "./care-access";

// Rows of care_requests as the commands write them. The pages read through care-request-views.

export type NewCareRequest = typeof careRequests.$inferInsert;

/** Stores a new request; returns its id. */
export async function insertCareRequest(db: Db, values: NewCareRequest): Promise<string> {
  const [row] = await db.insert(careRequests).values(values).returning({ id: careRequests.id });
  return row!.id;
}

/**
 * Requests in one of `states` whose start (or end) is at or before `now`, locked until the
 * transaction ends, in a fixed order so two sweeps never wait on each other crosswise. A sweep
 * that had to wait sees the rows as the first one left them, and a row that left `states` is
 * no longer returned: what two sweeps at once change, they change once.
 */
export async function lockPastStart(tx: Db, states: readonly CareState[], now: Date): Promise<CareRequestRow[]> {
  return tx
    .select()
    .from(careRequests)
    .where(and(inArray(careRequests.state, [...states]), lte(careRequests.startAt, now)))
    .orderBy(asc(careRequests.id))
    .for("update");
}

export async function lockPastEnd(tx: Db, states: readonly CareState[], now: Date): Promise<CareRequestRow[]> {
  return tx
    .select()
    .from(careRequests)
    .where(and(inArray(careRequests.state, [...states]), lte(careRequests.endAt, now)))
    .orderBy(asc(careRequests.id))
    .for("update");
}

/** Stores `state` for many requests at once. */
export async function setStates(
  tx: Db,
  ids: readonly string[],
  state: CareState,
  now: Date,
  extra: Partial<CareRequestRow> = {},
): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(careRequests)
    .set({ ...extra, state, updatedAt: now })
    .where(inArray(careRequests.id, [...ids]));
}
