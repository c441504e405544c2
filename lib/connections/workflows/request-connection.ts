import "server-only";
import type { Db } from "@/db/client";
import { findPendingBetween, openRequest, phoneForCheck } from "@/db/queries/connection-requests";
import { relationBetween } from "@/db/queries/profiles";
import { handshakeBlocker } from "@/lib/connections/digits";
import { mayRequest, profileView } from "@/lib/connections/visibility";
import { unverifiedPhone } from "@/lib/connections/workflows/verify-digits";
import { AppError, notFound } from "@/lib/errors";

/**
 * Asks another member to connect at a distance; returns the request to enter the digits on.
 * Both must have verified their phone numbers, since the handshake is made of their digits.
 * An open request between the two (from either side) is reused rather than duplicated.
 */
export async function sendRequest(db: Db, viewerId: string, targetId: string, now: Date): Promise<string> {
  return db.transaction(async (tx) => {
    const relation = await relationBetween(tx, viewerId, targetId);
    if (!relation || profileView(relation) === "none" || relation.self) throw notFound();
    if (relation.connected) throw new AppError("conflict", { key: "connections.already_connected" });
    const none = { phone: null, phoneVerifiedAt: null };
    const blocker = handshakeBlocker((await phoneForCheck(tx, viewerId)) ?? none, (await phoneForCheck(tx, targetId)) ?? none);
    if (blocker) throw unverifiedPhone(blocker);
    const pending = await findPendingBetween(tx, viewerId, targetId);
    if (pending) return pending.id;
    if (!mayRequest(relation)) throw notFound();
    return (await openRequest(tx, viewerId, targetId, now)).id;
  });
}
