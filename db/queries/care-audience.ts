import { and, arrayContains, count, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { connections, groupMembers, members } from "../schema";
import { findConnection, isBlockedEitherWay } from "./connections";
import { notBlockedWith } from "./profiles";

// Who a parent may ask: their connections in good standing, with the supporter capability, that
// neither side has blocked.

/** The two members' connection, or null when they are not connected or either blocked the other. */
export async function usableConnection(db: Db, a: string, b: string) {
  const connection = await findConnection(db, a, b);
  if (!connection || (await isBlockedEitherWay(db, a, b))) return null;
  return connection;
}

/**
 * The parent's connections in good standing who are supporters (only supporters are asked:
 * lib/members/capabilities canHelp, in SQL) and whom neither side has blocked.
 */
export async function usablePartners(db: Db, parentId: string): Promise<Set<string>> {
  const partner = sql<string>`case when ${connections.userA} = ${parentId} then ${connections.userB} else ${connections.userA} end`;
  const rows = await db
    .select({ id: members.userId })
    .from(connections)
    .innerJoin(members, eq(members.userId, partner))
    .where(
      and(
        or(eq(connections.userA, parentId), eq(connections.userB, parentId)),
        eq(members.status, "active"),
        arrayContains(members.capabilities, ["supporter"]),
        notBlockedWith(db, parentId, members.userId),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** Everyone in the group except `userId`. */
export async function groupMembersBesides(db: Db, groupId: string, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), ne(groupMembers.userId, userId)));
  return rows.map((r) => r.id);
}

/** For each of the parent's groups: how many of its members the parent could ask (for the group picker). */
export async function askableInGroups(db: Db, parentId: string): Promise<Map<string, number>> {
  const partners = [...(await usablePartners(db, parentId))];
  if (partners.length === 0) return new Map();
  const mine = db.select({ id: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.userId, parentId));
  const rows = await db
    .select({ groupId: groupMembers.groupId, n: count() })
    .from(groupMembers)
    .where(and(inArray(groupMembers.groupId, mine), inArray(groupMembers.userId, partners)))
    .groupBy(groupMembers.groupId);
  return new Map(rows.map((r) => [r.groupId, r.n]));
}
