import { eq, inArray } from "drizzle-orm";
import type { CareState } from "@/lib/care";
import { isUuid } from "@/lib/ids";
import type { Db } from "../client";
import { careRequests, members } from "../schema";
import type { CareRequestRow } from "./care-access";

/** The request row, locked until the transaction ends (SELECT … FOR UPDATE); null when there is none. */
export async function lockCareRow(tx: Db, requestId: string): Promise<CareRequestRow | null> {
  if (!isUuid(requestId)) return null;
  const [request] = await tx.select().from(careRequests).where(eq(careRequests.id, requestId)).for("update");
  return request ?? null;
}

export async function setState(tx: Db, requestId: string, state: CareState, now: Date, extra: Partial<CareRequestRow> = {}) {
  await tx
    .update(careRequests)
    .set({ ...extra, state, updatedAt: now })
    .where(eq(careRequests.id, requestId));
}

/** Display names by user id, for notifications and pages. */
export async function displayNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: members.userId, name: members.displayName })
    .from(members)
    .where(inArray(members.userId, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function displayName(db: Db, id: string): Promise<string> {
  return (await displayNames(db, [id])).get(id) ?? "";
}
