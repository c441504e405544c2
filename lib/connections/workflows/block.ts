import "server-only";
import type { Db } from "@/db/client";
import { closeRequestsBetween } from "@/db/queries/connection-requests";
import { deleteConnection, insertBlock } from "@/db/queries/connections";
import { relationBetween } from "@/db/queries/profiles";
import { endCaresBetween } from "@/lib/care/workflows/end-between";
import { profileView } from "@/lib/connections/visibility";
import { notFound } from "@/lib/errors";

/**
 * Blocks a member silently: ends the connection, every open connection request, every care
 * request still asking between the two and any matched care between them (cancelled by the
 * platform), all at once. From then on each is "not found" for the other, the care's details
 * included. A member one cannot see (already blocked either way, or a stranger) cannot be
 * blocked, which also keeps the block itself from being discovered.
 */
export async function blockMember(db: Db, viewerId: string, targetId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const relation = await relationBetween(tx, viewerId, targetId);
    if (!relation || relation.self || profileView(relation) === "none") throw notFound();
    await deleteConnection(tx, viewerId, targetId);
    await closeRequestsBetween(tx, viewerId, targetId, "cancelled", now);
    await endCaresBetween(tx, viewerId, targetId, now);
    await insertBlock(tx, viewerId, targetId, now);
  });
}
