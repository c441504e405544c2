import type { Db } from "../client";
import { careOfferEvents } from "../schema";

/** Records an OK given or taken back, when it happened. */
export async function recordOfferEvent(db: Db, requestId: string, userId: string, kind: "offered" | "withdrawn", at: Date): Promise<void> {
  await db.insert(careOfferEvents).values({ requestId, userId, kind, at });
}
