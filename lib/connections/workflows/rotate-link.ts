import "server-only";
import type { Db } from "@/db/client";
import { rotatePersonalToken } from "@/db/queries/connections";

/** A new personal link for the viewer; the old QR code stops working at once. */
export async function rotateLink(db: Db, viewerId: string, now: Date): Promise<void> {
  await rotatePersonalToken(db, viewerId, now);
}
