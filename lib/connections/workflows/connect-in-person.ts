import "server-only";
import type { Db } from "@/db/client";
import { closeRequestsBetween } from "@/db/queries/connection-requests";
import { insertConnection, markBothMet, ownerOfToken } from "@/db/queries/connections";
import { relationBetween } from "@/db/queries/profiles";
import { mayConnectInPerson } from "@/lib/connections/visibility";

type LinkOutcome = { kind: "own" } | { kind: "connected"; otherId: string; created: boolean };

/**
 * Opening another member's personal link (their QR code) while signed in: the two are together,
 * so they are connected at once and both count as having met. Null for an unknown or rotated
 * token, a suspended owner, or a pair blocked either way — all alike, so nothing is revealed.
 */
export async function connectByLink(db: Db, viewerId: string, token: string, now: Date): Promise<LinkOutcome | null> {
  return db.transaction(async (tx) => {
    const ownerId = await ownerOfToken(tx, token);
    if (!ownerId) return null;
    if (ownerId === viewerId) return { kind: "own" } as const;
    const relation = await relationBetween(tx, viewerId, ownerId);
    if (!relation || !mayConnectInPerson(relation)) return null;
    const created = await insertConnection(tx, viewerId, ownerId, "in_person", now, true);
    // Already connected at a distance: meeting in person is the 顔合わせ.
    if (!created) await markBothMet(tx, viewerId, ownerId, now);
    await closeRequestsBetween(tx, viewerId, ownerId, "completed", now);
    return { kind: "connected", otherId: ownerId, created } as const;
  });
}
