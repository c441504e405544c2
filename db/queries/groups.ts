import { randomBytes } from "node:crypto";
import { and, asc, count, desc, eq, exists } from "drizzle-orm";
import type { Db } from "../client";
import { districts, groupMembers, groups, members } from "../schema";
import { notBlockedWith } from "./profiles";

export type GroupKind = (typeof groups.$inferSelect)["kind"];
const newInviteToken = () => randomBytes(18).toString("base64url");

/** A new group in the creator's municipality, with the creator as its owner. */
export async function createGroup(db: Db, creatorId: string, input: { name: string; kind: GroupKind }, now: Date): Promise<string> {
  return db.transaction(async (tx) => {
    const [me] = await tx.select({ municipalityId: members.municipalityId }).from(members).where(eq(members.userId, creatorId));
    const [group] = await tx
      .insert(groups)
      .values({ ...input, municipalityId: me?.municipalityId ?? null, createdBy: creatorId, inviteToken: newInviteToken(), createdAt: now })
      .returning({ id: groups.id });
    await tx.insert(groupMembers).values({ groupId: group!.id, userId: creatorId, role: "owner", joinedAt: now });
    return group!.id;
  });
}

const memberCount = (db: Db) =>
  db.select({ groupId: groupMembers.groupId, n: count().as("n") }).from(groupMembers).groupBy(groupMembers.groupId).as("counts");

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
    .select({ userId: members.userId, displayName: members.displayName, districtJa: districts.nameJa, districtEn: districts.nameEn, role: groupMembers.role })
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

export async function joinGroup(db: Db, groupId: string, userId: string, now: Date): Promise<void> {
  await db.insert(groupMembers).values({ groupId, userId, role: "member", joinedAt: now }).onConflictDoNothing();
}

/** Leaves the group; an owner's place passes to the longest-standing member, and an empty group is deleted. */
export async function leaveGroup(db: Db, groupId: string, userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(groupMembers)
      .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
      .returning({ role: groupMembers.role });
    if (!gone) return false;
    const [next] = await tx
      .select({ userId: groupMembers.userId })
      .from(groupMembers)
      .where(eq(groupMembers.groupId, groupId))
      .orderBy(asc(groupMembers.joinedAt))
      .limit(1);
    if (!next) await tx.delete(groups).where(eq(groups.id, groupId));
    else if (gone.role === "owner") {
      await tx.update(groupMembers).set({ role: "owner" }).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, next.userId)));
    }
    return true;
  });
}

/** A new invitation link, for the owner only; false when the caller is not the group's owner. */
export async function rotateInvite(db: Db, groupId: string, ownerId: string): Promise<boolean> {
  const owner = await findGroupFor(db, groupId, ownerId);
  if (owner?.role !== "owner") return false;
  await db.update(groups).set({ inviteToken: newInviteToken() }).where(eq(groups.id, groupId));
  return true;
}
