import "server-only";
import type { Db } from "@/db/client";
import { searchMembers } from "@/db/queries/profiles";
import { hitLimits } from "@/lib/limits/workflows/hit";

/**
 * One member search, counted against the searcher's hourly and daily limits so that a town cannot
 * be listed by trying every pair of characters. Searching stays a GET: the count is bookkeeping
 * about the caller (as a log line would be), not a change to anything the site shows.
 */
export async function findMembers(db: Db, viewerId: string, query: string, now: Date) {
  return db.transaction(async (tx) => {
    await hitLimits(
      tx,
      [
        { limit: "searchHour", subject: viewerId },
        { limit: "searchDay", subject: viewerId },
      ],
      now,
      "connections.too_many_searches",
    );
    return searchMembers(tx, viewerId, query);
  });
}
