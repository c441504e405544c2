import "server-only";
import type { Db } from "@/db/client";
import { findPendingBetween, openRequest } from "@/db/queries/connection-requests";
import { relationBetween } from "@/db/queries/profiles";
import { mayRequest, profileView } from "@/lib/connections/visibility";
import { AppError, notFound } from "@/lib/errors";

/**
 * Asks another member to connect at a distance; returns the request to enter the digits on.
 * An open request between the two (from either side) is reused rather than duplicated.
 */
export async function sendRequest(db: Db, viewerId: string, targetId: string, now: Date): Promise<string> {
  return db.transaction(async (tx) => {
    const relation = await relationBetween(tx, viewerId, targetId);
    if (!relation || profileView(relation) === "none" || relation.self) throw notFound();
    if (relation.connected) throw new AppError("conflict", { key: "connections.already_connected" });
    const pending = await findPendingBetween(tx, viewerId, targetId);
    if (pending) return pending.id;
    if (!mayRequest(relation)) throw notFound();
    return (await openRequest(tx, viewerId, targetId, now)).id;
  });
}
