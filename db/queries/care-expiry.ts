import { and, inArray, lte } from "drizzle-orm";
import type { Db } from "../client";
import { careRecipients, careRequests } from "../schema";
import { notify } from "@/lib/notify/workflows/notify";

/**
 * Stores "expired" for every request whose start passed with nobody chosen (lib/care's expire
 * rule: open or offered, and now ≥ start) and tells the parent and everyone asked. The update
 * itself decides which rows expire, so two sweeps at once never tell anyone twice.
 * Returns how many requests expired.
 */
export async function expireDueRequests(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(careRequests)
      .set({ state: "expired", closedAt: now, updatedAt: now })
      .where(and(inArray(careRequests.state, ["open", "offered"]), lte(careRequests.startAt, now)))
      .returning({ id: careRequests.id, parentId: careRequests.parentId, startAt: careRequests.startAt });
    if (expired.length === 0) return 0;
    const asked = await tx
      .select({ requestId: careRecipients.requestId, userId: careRecipients.userId })
      .from(careRecipients)
      .where(
        inArray(
          careRecipients.requestId,
          expired.map((r) => r.id),
        ),
      );
    const startOf = new Map(expired.map((r) => [r.id, r.startAt.toISOString()]));
    await notify(tx, [
      ...expired.map((r) => ({ userId: r.parentId, kind: "care_expired", requestId: r.id, data: { start: startOf.get(r.id)! } })),
      ...asked.map((a) => ({ userId: a.userId, kind: "care_closed", requestId: a.requestId, data: { start: startOf.get(a.requestId)! } })),
    ]);
    return expired.length;
  });
}
