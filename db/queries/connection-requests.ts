import { and, desc, eq, gt, or, sql } from "drizzle-orm";
import { orderedPair } from "@/lib/connections/pair";
import type { Db } from "../client";
import { connectionRequests, digitAttempts, districts, members, pairGuards } from "../schema";
import { otherMemberColumns } from "./connections";

export type ConnectionRequestRow = typeof connectionRequests.$inferSelect;

const between = (a: string, b: string) =>
  or(
    and(eq(connectionRequests.fromUser, a), eq(connectionRequests.toUser, b)),
    and(eq(connectionRequests.fromUser, b), eq(connectionRequests.toUser, a)),
  );
const involves = (userId: string) => or(eq(connectionRequests.fromUser, userId), eq(connectionRequests.toUser, userId));

export async function findPendingBetween(db: Db, a: string, b: string): Promise<ConnectionRequestRow | null> {
  const [row] = await db
    .select()
    .from(connectionRequests)
    .where(and(between(a, b), eq(connectionRequests.status, "pending")));
  return row ?? null;
}

/** Opens a request, or returns the one already open between the two (whoever sent it). */
export async function openRequest(db: Db, fromUser: string, toUser: string, now: Date): Promise<ConnectionRequestRow> {
  // The partial unique index "one pending per pair" decides between two requests sent at once.
  const [created] = await db.insert(connectionRequests).values({ fromUser, toUser, createdAt: now }).onConflictDoNothing().returning();
  const row = created ?? (await findPendingBetween(db, fromUser, toUser));
  if (!row) throw new Error("connection request neither created nor found");
  return row;
}

/** A request the viewer is a party to; anyone else's request does not exist for them. */
export async function findRequestFor(db: Db, requestId: string, viewerId: string): Promise<ConnectionRequestRow | null> {
  const [row] = await db
    .select()
    .from(connectionRequests)
    .where(and(eq(connectionRequests.id, requestId), involves(viewerId)));
  return row ?? null;
}

/** Open requests in both directions, with the other member's name and district. */
export async function listPendingRequests(db: Db, viewerId: string) {
  const other = sql<string>`case when ${connectionRequests.fromUser} = ${viewerId} then ${connectionRequests.toUser} else ${connectionRequests.fromUser} end`;
  return db
    .select({ request: connectionRequests, ...otherMemberColumns })
    .from(connectionRequests)
    .innerJoin(members, eq(members.userId, other))
    .innerJoin(districts, eq(districts.id, members.districtId))
    .where(and(involves(viewerId), eq(connectionRequests.status, "pending")))
    .orderBy(desc(connectionRequests.createdAt));
}

export async function markVerified(db: Db, request: ConnectionRequestRow, viewerId: string, now: Date) {
  const set = request.fromUser === viewerId ? { fromVerifiedAt: now } : { toVerifiedAt: now };
  const [row] = await db.update(connectionRequests).set(set).where(eq(connectionRequests.id, request.id)).returning();
  return row!;
}

export async function closeRequest(db: Db, requestId: string, status: "completed" | "cancelled", now: Date) {
  await db
    .update(connectionRequests)
    .set({ status, closedAt: now })
    .where(and(eq(connectionRequests.id, requestId), eq(connectionRequests.status, "pending")));
}

export async function closeRequestsBetween(db: Db, a: string, b: string, status: "completed" | "cancelled", now: Date) {
  await db
    .update(connectionRequests)
    .set({ status, closedAt: now })
    .where(and(between(a, b), eq(connectionRequests.status, "pending")));
}

/**
 * Takes the pair's lock for the rest of the transaction, so that digit tries for one pair are
 * judged one at a time however many arrive at once.
 */
export async function lockPair(tx: Db, a: string, b: string): Promise<void> {
  const [userA, userB] = orderedPair(a, b);
  await tx.insert(pairGuards).values({ userA, userB }).onConflictDoNothing();
  await tx
    .select()
    .from(pairGuards)
    .where(and(eq(pairGuards.userA, userA), eq(pairGuards.userB, userB)))
    .for("update");
}

export async function wrongTriesSince(db: Db, a: string, b: string, since: Date): Promise<Date[]> {
  const [userA, userB] = orderedPair(a, b);
  const rows = await db
    .select({ at: digitAttempts.createdAt })
    .from(digitAttempts)
    .where(
      and(
        eq(digitAttempts.userA, userA),
        eq(digitAttempts.userB, userB),
        eq(digitAttempts.correct, false),
        gt(digitAttempts.createdAt, since),
      ),
    );
  return rows.map((r) => r.at);
}

export async function recordTry(db: Db, attemptedBy: string, otherId: string, correct: boolean, now: Date): Promise<void> {
  const [userA, userB] = orderedPair(attemptedBy, otherId);
  await db.insert(digitAttempts).values({ userA, userB, attemptedBy, correct, createdAt: now });
}

/** The other member's phone and standing, read only to check the digits typed; never shown to anyone. */
export async function phoneForCheck(db: Db, userId: string) {
  const [row] = await db
    .select({ phone: members.phone, phoneVerifiedAt: members.phoneVerifiedAt, status: members.status })
    .from(members)
    .where(eq(members.userId, userId));
  return row ?? null;
}
