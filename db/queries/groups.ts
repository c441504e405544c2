import { randomBytes } from "node:crypto";
import { and, asc, count, desc, eq, exists } from "drizzle-orm";
import type { Db } from "../client";
import { districts, groupMembers, groups, members } from "../schema";
import { notBlockedWith } from "./profiles";

export type GroupKind = (typeof groups.$inferSelect)["kind"];
type GroupRole = (typeof groupMembers.$inferSelect)["role"];
const newInviteToken = () => randomBytes(18).toString("base64url");

/** A new group with a fresh invitation link; returns its id. */
export async function insertGroup(
  db: Db,
  group: { name: string; kind: GroupKind; municipalityId: string | null; createdBy: string; createdAt: Date },
): Promise<string> {
  const [row] = await db
    .insert(groups)
    .values({ ...group, inviteToken: newInviteToken() })
    .returning({ id: groups.id });
  return row!.id;
}

const memberCount = (db: Db) =>
  db
    .select({ groupId: groupMembers.groupId, n: count().as("n") })
    .from(groupMembers)
    .groupBy(groupMembers.groupId)
    .as("counts");

/** The groups the viewer belongs to, with how many members each has. */
export async function listGroupsOf(db: Db, viewerId: string) {
  const counts = memberCount(db);
  return db
    .select({ id: groups.id, name: groups.name, kind: groups.kind, role: groupMembers.role, members: counts.n })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .innerJoin(counts, eq(counts.groupId, groups.id))
    .where(eq(groupMembers.userId, viewerId))
    .orderBy(desc(groupMembers.joinedAt));
}

/** The group and the viewer's role in it; null unless the viewer is a member. */
export async function findGroupFor(db: Db, groupId: string, viewerId: string) {
  const [row] = await db
    .select({ group: groups, role: groupMembers.role })
    .from(groups)
    .innerJoin(groupMembers, and(eq(groupMembers.groupId, groups.id), eq(groupMembers.userId, viewerId)))
    .where(eq(groups.id, groupId));
  return row ?? null;
}

/** The group's members as a fellow member sees them (names only), without anyone blocked either way. */
export async function listGroupMembers(db: Db, groupId: string, viewerId: string) {
  const viewerIsMember = db
    .select({ id: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, viewerId)));
  return db
    .select({
      userId: members.userId,
      displayName: members.displayName,
      districtJa: districts.nameJa,
      districtEn: districts.nameEn,
      role: groupMembers.role,
    })
    .from(groupMembers)
    .innerJoin(members, eq(members.userId, groupMembers.userId))
    .innerJoin(districts, eq(districts.id, members.districtId))
    .where(
      and(
        eq(groupMembers.groupId, groupId),
        exists(viewerIsMember),
        eq(members.status, "active"),
        notBlockedWith(db, viewerId, members.userId),
      ),
    )
    .orderBy(asc(members.nameKana));
}

export async function findGroupByInvite(db: Db, token: string) {
  const counts = memberCount(db);
  const [row] = await db
    .select({ id: groups.id, name: groups.name, kind: groups.kind, members: counts.n })
    .from(groups)
    .innerJoin(counts, eq(counts.groupId, groups.id))
    .where(eq(groups.inviteToken, token));
  return row ?? null;
}

/** Adds a member (no change if they already are one). */
export async function joinGroup(db: Db, groupId: string, userId: string, now: Date): Promise<void> {
  await db.insert(groupMembers).values({ groupId, userId, role: "member", joinedAt: now }).onConflictDoNothing();
}

/** The first member of a new group, its owner. */
export async function addOwner(db: Db, groupId: string, userId: string, now: Date): Promise<void> {
  await db.insert(groupMembers).values({ groupId, userId, role: "owner", joinedAt: now });
}

/** Takes the member off the group; the role they had, or null if they were not in it. */
export async function removeGroupMember(db: Db, groupId: string, userId: string): Promise<GroupRole | null> {
  const [gone] = await db
    .delete(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
    .returning({ role: groupMembers.role });
  return gone?.role ?? null;
}

/** The member who joined first, or null for an empty group. */
export async function longestStandingMember(db: Db, groupId: string): Promise<string | null> {
  const [first] = await db
    .select({ userId: groupMembers.userId })
    .from(groupMembers)
    .where(eq(groupMembers.groupId, groupId))
    .orderBy(asc(groupMembers.joinedAt))
    .limit(1);
  return first?.userId ?? null;
}

export async function makeOwner(db: Db, groupId: string, userId: string): Promise<void> {
  await db
    .update(groupMembers)
    .set({ role: "owner" })
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
}

export async function deleteGroup(db: Db, groupId: string): Promise<void> {
  await db.delete(groups).where(eq(groups.id, groupId));
}

/** A new invitation link; the old one stops working at once. */
export async function rotateInviteToken(db: Db, groupId: string): Promise<void> {
  await db.update(groups).set({ inviteToken: newInviteToken() }).where(eq(groups.id, groupId));
}
