import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { notifications } from "../schema";

export interface NewNotification {
  /** Chosen by the caller when something else (an e-mail delivery) refers to the notification. */
  id?: string;
  userId: string;
  /** A key under "notifications.kinds" in the message catalogue, e.g. "care.offer_received". */
  kind: string;
  requestId?: string | null;
  /** Values for the message's placeholders (names, dates as ISO strings). Never health details. */
  data?: Record<string, string | number>;
}

/** Writes notification rows; workflows call lib/notify/workflows/notify.ts, which decides what is sent. */
export async function insertNotifications(db: Db, items: NewNotification | NewNotification[]): Promise<void> {
  const rows = [items].flat();
  if (rows.length === 0) return;
  await db.insert(notifications).values(rows.map((n) => ({ ...n, requestId: n.requestId ?? null, data: n.data ?? {} })));
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotifications(db: Db, userId: string, limit = 50) {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.createdAt)).limit(limit);
}

export async function markAllRead(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}
