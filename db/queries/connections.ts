import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull, or, sql } from "drizzle-orm";
import { orderedPair } from "@/lib/connections/pair";
import type { Db } from "../client";
import { blocks, connections, connectionTokens, districts, meetups, members } from "../schema";

export type ConnectionRow = typeof connections.$inferSelect;
export type Provenance = ConnectionRow["provenance"];

const pairIs = (a: string, b: string) => {
  const [userA, userB] = orderedPair(a, b);
  return and(eq(connections.userA, userA), eq(connections.userB, userB));
};

export async function findConnection(db: Db, a: string, b: string): Promise<ConnectionRow | null> {
  const [row] = await db.select().from(connections).where(pairIs(a, b));
  return row ?? null;
}

export async function areConnected(db: Db, a: string, b: string): Promise<boolean> {
  return (await findConnection(db, a, b)) !== null;
}

/** What a list shows of the other member of a pair: the name and district, nothing more. */
export const otherMemberColumns = {
  otherId: members.userId,
  displayName: members.displayName,
  districtJa: districts.nameJa,
  districtEn: districts.nameEn,
};

/** The viewer's connections, newest first, with how and when each was made (and the meetup where a "meetup" pair met). */
export async function listConnections(db: Db, viewerId: string) {
  const other = sql<string>`case when ${connections.userA} = ${viewerId} then ${connections.userB} else ${connections.userA} end`;
  return db
    .select({ connection: connections, ...otherMemberColumns, meetupTitle: meetups.title })
    .from(connections)
    .innerJoin(members, eq(members.userId, other))
    .innerJoin(districts, eq(districts.id, members.districtId))
    .leftJoin(meetups, eq(meetups.id, connections.meetupId))
    .where(or(eq(connections.userA, viewerId), eq(connections.userB, viewerId)))
    .orderBy(desc(connections.createdAt), members.nameKana);
}

/** Creates the connection unless the pair is already connected; true if it was created. `meetupId` is where a "meetup" pair met. */
export async function insertConnection(db: Db, a: string, b: string, provenance: Provenance, now: Date, met: boolean, meetupId?: string) {
  const [userA, userB] = orderedPair(a, b);
  const metAt = met ? now : null;
  const created = await db
    .insert(connections)
    .values({ userA, userB, provenance, meetupId: meetupId ?? null, createdAt: now, aMetAt: metAt, bMetAt: metAt })
    .onConflictDoNothing()
    .returning({ userA: connections.userA });
  return created.length > 0;
}

/** Records that `userId` has met the other member; null when the two are not connected. */
export async function markMet(db: Db, userId: string, otherId: string, now: Date): Promise<ConnectionRow | null> {
  const [userA] = orderedPair(userId, otherId);
  const column = userA === userId ? connections.aMetAt : connections.bMetAt;
  const set = userA === userId ? { aMetAt: now } : { bMetAt: now };
  await db
    .update(connections)
    .set(set)
    .where(and(pairIs(userId, otherId), isNull(column)));
  return findConnection(db, userId, otherId);
}

/** Both sides have met (they were together when one opened the other's personal link). */
export async function markBothMet(db: Db, a: string, b: string, now: Date): Promise<void> {
  await db
    .update(connections)
    .set({ aMetAt: now })
    .where(and(pairIs(a, b), isNull(connections.aMetAt)));
  await db
    .update(connections)
    .set({ bMetAt: now })
    .where(and(pairIs(a, b), isNull(connections.bMetAt)));
}

export async function deleteConnection(db: Db, a: string, b: string): Promise<boolean> {
  const gone = await db.delete(connections).where(pairIs(a, b)).returning({ userA: connections.userA });
  return gone.length > 0;
}

export async function isBlockedEitherWay(db: Db, a: string, b: string): Promise<boolean> {
  const [row] = await db
    .select({ id: blocks.blockerId })
    .from(blocks)
    .where(or(and(eq(blocks.blockerId, a), eq(blocks.blockedId, b)), and(eq(blocks.blockerId, b), eq(blocks.blockedId, a))))
    .limit(1);
  return Boolean(row);
}

export async function insertBlock(db: Db, blockerId: string, blockedId: string, now: Date): Promise<void> {
  await db.insert(blocks).values({ blockerId, blockedId, createdAt: now }).onConflictDoNothing();
}

export async function deleteBlock(db: Db, blockerId: string, blockedId: string): Promise<boolean> {
  const gone = await db
    .delete(blocks)
    .where(and(eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId)))
    .returning({ id: blocks.blockedId });
  return gone.length > 0;
}

/** The members the viewer has blocked (never those who blocked the viewer). */
export async function listBlocked(db: Db, viewerId: string) {
  return db
    .select({ userId: members.userId, displayName: members.displayName, blockedAt: blocks.createdAt })
    .from(blocks)
    .innerJoin(members, eq(members.userId, blocks.blockedId))
    .where(eq(blocks.blockerId, viewerId))
    .orderBy(desc(blocks.createdAt));
}

const newToken = () => randomBytes(18).toString("base64url");

/** Gives a new member a personal link token (at onboarding, in the seed and the test kits); keeps one that exists. */
export async function createPersonalToken(db: Db, userId: string): Promise<void> {
  await db.insert(connectionTokens).values({ userId, token: newToken() }).onConflictDoNothing();
}

/** The member's personal link token; every member gets one when the profile is created, so a page only reads it. */
export async function personalToken(db: Db, userId: string): Promise<string> {
  const token = await findPersonalToken(db, userId);
  if (token === null) throw new Error(`member ${userId} has no personal link token`);
  return token;
}

/** The member's personal link token if one was made; reads only. */
export async function findPersonalToken(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ token: connectionTokens.token }).from(connectionTokens).where(eq(connectionTokens.userId, userId));
  return row?.token ?? null;
}

/** A new token; the old link stops working at once. */
export async function rotatePersonalToken(db: Db, userId: string, now: Date): Promise<string> {
  const token = newToken();
  await db
    .insert(connectionTokens)
    .values({ userId, token, rotatedAt: now })
    .onConflictDoUpdate({ target: connectionTokens.userId, set: { token, rotatedAt: now } });
  return token;
}

export async function ownerOfToken(db: Db, token: string): Promise<string | null> {
  const [row] = await db.select({ userId: connectionTokens.userId }).from(connectionTokens).where(eq(connectionTokens.token, token));
  return row?.userId ?? null;
}
