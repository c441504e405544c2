import "server-only";
import type { Db } from "@/db/client";
import { setCalendarFeed } from "@/db/queries/meetups";
import { hashFeedToken, newFeedToken } from "@/lib/meetups/feed-token";

/**
 * A new secret for the member's calendar feed; the previous URL answers "not found" from now on.
 * Returns the secret, which is shown once: only its hash is kept.
 */
export async function rotateCalendarFeed(db: Db, userId: string, now: Date): Promise<string> {
  const token = newFeedToken();
  await db.transaction((tx) => setCalendarFeed(tx, userId, hashFeedToken(token), now));
  return token;
}
