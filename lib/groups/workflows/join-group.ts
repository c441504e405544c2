import "server-only";
import type { Db } from "@/db/client";
import { findGroupByInvite, joinGroup } from "@/db/queries/groups";
import { notFound } from "@/lib/errors";

/** Joins the group an invitation link names (joining twice changes nothing); returns the group's id. */
export async function joinGroupByInvite(db: Db, viewerId: string, token: string, now: Date): Promise<string> {
  const group = await findGroupByInvite(db, token);
  if (!group) throw notFound();
  await joinGroup(db, group.id, viewerId, now);
  return group.id;
}
