import { and, eq, isNull } from "drizzle-orm";
import { isUuid } from "@/lib/ids";
import type { Db } from "../client";
import { notifications } from "../schema";

/**
 * Marks one of the member's own notifications read and returns it (for its request link);
 * someone else's, or an unknown id, is null.
 */
export async function markNotificationRead(db: Db, userId: string, id: string, now: Date) {
  if (!isUuid(id)) return null;
  const mine = and(eq(notifications.id, id), eq(notifications.userId, userId));
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(mine, isNull(notifications.readAt)));
  const [row] = await db
    .select({ id: notifications.id, requestId: notifications.requestId, kind: notifications.kind, data: notifications.data })
    .from(notifications)
    .where(mine);
  return row ?? null;
}
