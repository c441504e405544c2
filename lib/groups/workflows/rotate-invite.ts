import "server-only";
import type { Db } from "@/db/client";
import { findGroupFor, rotateInviteToken } from "@/db/queries/groups";
import { notFound } from "@/lib/errors";

/** A new invitation link, for the group's owner only; to anyone else the command does not exist. */
export async function rotateInvite(db: Db, groupId: string, viewerId: string): Promise<void> {
  const found = await findGroupFor(db, groupId, viewerId);
  if (found?.role !== "owner") throw notFound();
  await rotateInviteToken(db, groupId);
}
