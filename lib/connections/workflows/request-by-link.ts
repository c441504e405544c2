import "server-only";
import type { Db } from "@/db/client";
import { findPendingBetween, openRequest, phoneForCheck } from "@/db/queries/connection-requests";
import { ownerOfToken } from "@/db/queries/connections";
import { relationBetween } from "@/db/queries/profiles";
import { handshakeBlocker } from "@/lib/connections/digits";
import { mayConnectInPerson } from "@/lib/connections/visibility";
import { unverifiedPhone } from "@/lib/connections/workflows/verify-digits";
import { AppError, notFound } from "@/lib/errors";

/**
 * A personal link opened without a live code (sent at a distance, or a stale screenshot) starts the
 * at-a-distance handshake: a request that completes only when each side enters the other's last
 * four phone digits. Holding the owner's link stands in for finding them by town or group.
 * Returns the request to enter the digits on; an open one between the two is reused.
 */
export async function requestByLink(db: Db, viewerId: string, token: string, now: Date): Promise<string> {
  return db.transaction(async (tx) => {
    const ownerId = await ownerOfToken(tx, token);
    if (!ownerId || ownerId === viewerId) throw notFound();
    const relation = await relationBetween(tx, viewerId, ownerId);
    if (!relation || !mayConnectInPerson(relation)) throw notFound();
    if (relation.connected) throw new AppError("conflict", { key: "connections.already_connected" });
    const none = { phone: null, phoneVerifiedAt: null };
    const blocker = handshakeBlocker((await phoneForCheck(tx, viewerId)) ?? none, (await phoneForCheck(tx, ownerId)) ?? none);
    if (blocker) throw unverifiedPhone(blocker);
    const pending = await findPendingBetween(tx, viewerId, ownerId);
    if (pending) return pending.id;
    return (await openRequest(tx, viewerId, ownerId, now)).id;
  });
}
