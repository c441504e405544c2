import "server-only";
import type { Db } from "@/db/client";
import { addOwner, type GroupKind, insertGroup } from "@/db/queries/groups";
import { municipalityOf } from "@/db/queries/members";

/** A new group in the creator's municipality, with the creator as its owner; returns its id. */
export async function createGroup(db: Db, creatorId: string, input: { name: string; kind: GroupKind }, now: Date): Promise<string> {
  return db.transaction(async (tx) => {
    const municipalityId = await municipalityOf(tx, creatorId);
    const groupId = await insertGroup(tx, { ...input, municipalityId, createdBy: creatorId, createdAt: now });
    await addOwner(tx, groupId, creatorId, now);
    return groupId;
  });
}
