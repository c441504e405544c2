import "server-only";
import type { Db } from "@/db/client";
import { deleteGroup, longestStandingMember, makeOwner, removeGroupMember } from "@/db/queries/groups";
import { notFound } from "@/lib/errors";

/**
 * Leaves a group the viewer is in: an owner's place passes to the longest-standing member, and a
 * group nobody is left in is deleted. A group the viewer is not in is "not found".
 */
export async function leaveGroup(db: Db, groupId: string, viewerId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const role = await removeGroupMember(tx, groupId, viewerId);
    if (!role) throw notFound();
    const next = await longestStandingMember(tx, groupId);
    if (!next) await deleteGroup(tx, groupId);
    else if (role === "owner") await makeOwner(tx, groupId, next);
  });
}
