import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { accounts, lineFollowers, lineWebhookEvents, pushSubscriptions } from "../schema";

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;

/** Who of `userIds` has a subscribed device, and who linked LINE and follows the official account. */
export async function reachOf(db: Db, userIds: string[]): Promise<Map<string, { push: boolean; line: boolean }>> {
  const reach = new Map(userIds.map((id) => [id, { push: false, line: false }]));
  if (userIds.length === 0) return reach;
  const [pushed, lined] = await Promise.all([
    db.selectDistinct({ userId: pushSubscriptions.userId }).from(pushSubscriptions).where(inArray(pushSubscriptions.userId, userIds)),
    db
      .selectDistinct({ userId: accounts.userId })
      .from(accounts)
      .innerJoin(lineFollowers, eq(lineFollowers.lineUserId, accounts.providerAccountId))
      .where(and(eq(accounts.provider, "line"), eq(lineFollowers.following, true), inArray(accounts.userId, userIds))),
  ]);
  for (const r of pushed) reach.get(r.userId)!.push = true;
  for (const r of lined) reach.get(r.userId)!.line = true;
  return reach;
}

/** Stores a device's subscription for a member; a device already known moves to this member (the browser's owner now). */
export async function upsertPushSubscription(db: Db, row: { userId: string; endpoint: string; p256dh: string; auth: string }) {
  await db
    .insert(pushSubscriptions)
    .values(row)
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: { userId: row.userId, p256dh: row.p256dh, auth: row.auth, createdAt: sql`now()` },
    });
}

/** Deletes one of the member's devices by its endpoint; true when there was one. */
export async function deletePushSubscription(db: Db, userId: string, endpoint: string): Promise<boolean> {
  const gone = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)))
    .returning({ id: pushSubscriptions.id });
  return gone.length > 0;
}

/** Deletes a subscription the push service said is gone. */
export async function deletePushSubscriptionById(db: Db, id: string) {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id));
}

export function pushSubscriptionsOf(db: Db, userId: string): Promise<PushSubscriptionRow[]> {
  return db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
}

/** The member's linked LINE user id and whether it follows the official account; null when not linked. */
export async function lineLinkOf(db: Db, userId: string): Promise<{ lineUserId: string; following: boolean } | null> {
  const [row] = await db
    .select({ lineUserId: accounts.providerAccountId, following: lineFollowers.following })
    .from(accounts)
    .leftJoin(lineFollowers, eq(lineFollowers.lineUserId, accounts.providerAccountId))
    .where(and(eq(accounts.userId, userId), eq(accounts.provider, "line")));
  return row ? { lineUserId: row.lineUserId, following: row.following ?? false } : null;
}

/** Records a webhook event as handled; false when it was already (a redelivery). */
export async function markLineEvent(db: Db, id: string): Promise<boolean> {
  const fresh = await db.insert(lineWebhookEvents).values({ id }).onConflictDoNothing().returning({ id: lineWebhookEvents.id });
  return fresh.length === 1;
}

/** Stores a follow or unfollow unless a later one is already stored (events may arrive out of order). */
export async function setLineFollowing(db: Db, lineUserId: string, following: boolean, at: Date) {
  await db
    .insert(lineFollowers)
    .values({ lineUserId, following, changedAt: at })
    .onConflictDoUpdate({ target: lineFollowers.lineUserId, set: { following, changedAt: at }, setWhere: lt(lineFollowers.changedAt, at) });
}
