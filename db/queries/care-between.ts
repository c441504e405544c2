import { and, asc, eq, exists, inArray, or, sql } from "drizzle-orm";
import { OPEN_STATES } from "@/lib/care";
import type { Db } from "../client";
import { careRecipients, careRequests } from "../schema";

// What is still going on between two members, for ending it all when one blocks the other.

/**
 * Requests still asking (stored as open or with offers) that one of the two posted and the other
 * was asked, and cares matched between the two, ordered by id (the order they are locked in).
 */
export async function liveRequestsBetween(db: Db, a: string, b: string): Promise<string[]> {
  const asked = (parentId: string, userId: string) =>
    and(
      eq(careRequests.parentId, parentId),
      exists(
        db
          .select({ one: sql`1` })
          .from(careRecipients)
          .where(and(eq(careRecipients.requestId, careRequests.id), eq(careRecipients.userId, userId))),
      ),
    );
  const matched = (parentId: string, helperId: string) =>
    and(eq(careRequests.parentId, parentId), eq(careRequests.helperId, helperId), eq(careRequests.state, "matched"));
  const rows = await db
    .select({ id: careRequests.id })
    .from(careRequests)
    .where(or(and(inArray(careRequests.state, [...OPEN_STATES]), or(asked(a, b), asked(b, a))), matched(a, b), matched(b, a)))
    .orderBy(asc(careRequests.id));
  return rows.map((r) => r.id);
}

/**
 * Everything one member still has going on, ordered by id (the order they are locked in):
 * requests still asking that they posted or were asked, and cares matched with them on either side.
 */
export async function liveRequestsOf(db: Db, userId: string): Promise<string[]> {
  const asked = exists(
    db
      .select({ one: sql`1` })
      .from(careRecipients)
      .where(and(eq(careRecipients.requestId, careRequests.id), eq(careRecipients.userId, userId))),
  );
  const rows = await db
    .select({ id: careRequests.id })
    .from(careRequests)
    .where(
      or(
        and(inArray(careRequests.state, [...OPEN_STATES]), or(eq(careRequests.parentId, userId), asked)),
        and(eq(careRequests.state, "matched"), or(eq(careRequests.parentId, userId), eq(careRequests.helperId, userId))),
      ),
    )
    .orderBy(asc(careRequests.id));
  return rows.map((r) => r.id);
}

/** Takes a member out of a request's audience; returns what they had answered, or null if they were not in it. */
export async function removeRecipient(db: Db, requestId: string, userId: string) {
  const [gone] = await db
    .delete(careRecipients)
    .where(and(eq(careRecipients.requestId, requestId), eq(careRecipients.userId, userId)))
    .returning({ response: careRecipients.response });
  return gone ?? null;
}
