import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { deliveries, members, notificationPreferences, notifications, users } from "../schema";

export type DeliveryRow = typeof deliveries.$inferSelect;
export type NewDelivery = {
  dedupKey: string;
  channel: (typeof deliveries.$inferInsert)["channel"];
  userId: string;
  notificationId: string;
  runAt?: Date;
  /** Written finished (skipped) when the member does not want it: the key still makes the notice once-only. */
  state?: "skipped";
  finishedAt?: Date;
  lastError?: string;
};

/** Enqueues deliveries; a dedup key already used is left alone. Returns the keys that were new. */
export async function insertDeliveries(db: Db, rows: NewDelivery[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await db
    .insert(deliveries)
    .values(rows)
    .onConflictDoNothing({ target: deliveries.dedupKey })
    .returning({ dedupKey: deliveries.dedupKey });
  return new Set(inserted.map((r) => r.dedupKey));
}

/**
 * Claims up to `limit` due deliveries for `leaseMs`: rows another runner holds are skipped (SKIP
 * LOCKED) and rows whose lease ended (a runner that died) are due again. Each claim is an attempt.
 */
export async function claimDeliveries(db: Db, now: Date, limit: number, leaseMs: number): Promise<DeliveryRow[]> {
  const until = new Date(now.getTime() + leaseMs);
  const result = await db.execute(sql`
    update ${deliveries} set locked_until = ${until.toISOString()}, attempts = ${deliveries.attempts} + 1
    where ${deliveries.id} in (
      select ${deliveries.id} from ${deliveries}
      where ${deliveries.state} = 'waiting' and ${deliveries.runAt} <= ${now.toISOString()}
        and (${deliveries.lockedUntil} is null or ${deliveries.lockedUntil} <= ${now.toISOString()})
      order by ${deliveries.runAt}
      limit ${limit}
      for update skip locked
    )
    returning ${deliveries.id}`);
  const ids = rowsOf(result).map((r) => String(r.id));
  if (ids.length === 0) return [];
  return db.select().from(deliveries).where(inArray(deliveries.id, ids));
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  // postgres.js returns the rows as an array; PGlite returns { rows }.
  return Array.isArray(result) ? result : ((result as { rows: Record<string, unknown>[] }).rows ?? []);
}

/** What an e-mail for one delivery is written from; null when the notification or the member is gone. */
export async function deliveryContent(db: Db, notificationId: string) {
  const [row] = await db
    .select({
      kind: notifications.kind,
      requestId: notifications.requestId,
      data: notifications.data,
      email: users.email,
      name: members.displayName,
      locale: members.locale,
      /** The member's own quiet hours (null: the site's). */
      quietHours: notificationPreferences.quietHours,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(members, eq(members.userId, notifications.userId))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, notifications.userId))
    .where(eq(notifications.id, notificationId));
  return row ?? null;
}

export type DeliveryContent = NonNullable<Awaited<ReturnType<typeof deliveryContent>>>;

/**
 * Renews this runner's claim just before it sends: true only while the claim is still the one it
 * made (`token`, the lease it was given). A runner too slow to reach a row before its lease ended,
 * whose row another runner has claimed since, gets false and leaves it to that runner.
 */
export async function renewClaim(db: Db, id: string, token: Date, until: Date): Promise<boolean> {
  const renewed = await db
    .update(deliveries)
    .set({ lockedUntil: until })
    .where(and(eq(deliveries.id, id), eq(deliveries.state, "waiting"), eq(deliveries.lockedUntil, token)))
    .returning({ id: deliveries.id });
  return renewed.length === 1;
}

/** Ends a claimed delivery: sent, skipped (nobody to send to) or failed for good. */
export async function finishDelivery(db: Db, id: string, state: "sent" | "skipped" | "failed", now: Date, error?: string) {
  await db
    .update(deliveries)
    .set({ state, finishedAt: now, lockedUntil: null, lastError: error ?? null })
    .where(eq(deliveries.id, id));
}

/** Gives a claimed delivery back, to be tried again at `runAt`. */
export async function retryDelivery(db: Db, id: string, runAt: Date, error: string) {
  await db.update(deliveries).set({ runAt, lockedUntil: null, lastError: error }).where(eq(deliveries.id, id));
}

/** Gives a claimed delivery back untried (quiet hours): due again at `runAt`, the claim not counted. */
export async function holdDelivery(db: Db, id: string, runAt: Date) {
  await db
    .update(deliveries)
    .set({ runAt, lockedUntil: null, attempts: sql`${deliveries.attempts} - 1` })
    .where(eq(deliveries.id, id));
}

/** Counts by channel and state, for the admin view: no addresses, no bodies. */
export async function deliveryCounts(db: Db) {
  return db
    .select({ channel: deliveries.channel, state: deliveries.state, n: count() })
    .from(deliveries)
    .groupBy(deliveries.channel, deliveries.state);
}

/** Deletes deliveries finished before `before` (the outbox keeps its recent history only). */
export async function pruneDeliveries(db: Db, before: Date): Promise<number> {
  const gone = await db
    .delete(deliveries)
    .where(and(inArray(deliveries.state, ["sent", "skipped"]), sql`${deliveries.finishedAt} < ${before.toISOString()}`))
    .returning({ id: deliveries.id });
  return gone.length;
}
