import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { rateLimits } from "../schema";

/**
 * Counts one try in its window and returns the new count with the previous window's. The upsert
 * takes the row's lock until the transaction ends, so tries at one key are counted one at a time
 * across every server; a rolled-back try was never counted.
 */
export async function addHit(db: Db, key: string, windowStart: Date, previousStart: Date): Promise<{ hits: number; previous: number }> {
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, hits: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { hits: sql`${rateLimits.hits} + 1` } })
    .returning({ hits: rateLimits.hits });
  return { hits: row!.hits, previous: await hitsIn(db, key, previousStart) };
}

/** The counts as they stand, without counting anything. */
export async function peekHits(db: Db, key: string, windowStart: Date, previousStart: Date): Promise<{ hits: number; previous: number }> {
  return { hits: await hitsIn(db, key, windowStart), previous: await hitsIn(db, key, previousStart) };
}

async function hitsIn(db: Db, key: string, windowStart: Date): Promise<number> {
  const [row] = await db
    .select({ hits: rateLimits.hits })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart)));
  return row?.hits ?? 0;
}

/** Deletes windows that started before `before`; returns how many. */
export async function deleteHitsBefore(db: Db, before: Date): Promise<number> {
  const gone = await db.delete(rateLimits).where(lt(rateLimits.windowStart, before)).returning({ key: rateLimits.key });
  return gone.length;
}
