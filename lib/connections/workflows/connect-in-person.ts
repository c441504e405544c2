import "server-only";
import type { Db } from "@/db/client";
import { closeRequestsBetween, lockPair } from "@/db/queries/connection-requests";
import { insertConnection, markBothMet, ownerOfToken } from "@/db/queries/connections";
import { relationBetween } from "@/db/queries/profiles";
import { isPresent } from "@/lib/connections/presence";
import { mayConnectInPerson } from "@/lib/connections/visibility";
import { AppError, notFound } from "@/lib/errors";

/**
 * Tapping "connect" after scanning the live QR code on another member's screen: the code proves the
 * two are together at the time of the tap, so they are connected in person and both count as having
 * met (already connected at a distance, this is their 顔合わせ). An unknown or rotated link, a
 * suspended owner or a pair blocked either way is "not found", all alike; a code that is missing or
 * no longer live changes nothing.
 */
export async function connectInPerson(
  db: Db,
  viewerId: string,
  link: { token: string; code: string | undefined },
  now: Date,
  key: string,
): Promise<{ otherId: string; created: boolean }> {
  return db.transaction(async (tx) => {
    const ownerId = await ownerOfToken(tx, link.token);
    if (!ownerId || ownerId === viewerId) throw notFound();
    await lockPair(tx, viewerId, ownerId);
    const relation = await relationBetween(tx, viewerId, ownerId);
    if (!relation || !mayConnectInPerson(relation)) throw notFound();
    if (!isPresent(key, link.token, link.code, now)) throw new AppError("invalid_input", { key: "connections.presence_expired" });
    const created = await insertConnection(tx, viewerId, ownerId, "in_person", now, true);
    if (!created) await markBothMet(tx, viewerId, ownerId, now);
    await closeRequestsBetween(tx, viewerId, ownerId, "completed", now);
    return { otherId: ownerId, created };
  });
}
