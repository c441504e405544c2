import { and, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../client";
import { careRecipients } from "../schema";
import type { CareRecipientRow } from "./care-access";

// The people a request was sent to, and their answers.

export async function recipientRow(db: Db, requestId: string, userId: string): Promise<CareRecipientRow | null> {
  const [row] = await db
    .select()
    .from(careRecipients)
    .where(and(eq(careRecipients.requestId, requestId), eq(careRecipients.userId, userId)));
  return row ?? null;
}

export async function insertRecipients(db: Db, requestId: string, userIds: readonly string[]): Promise<void> {
  await db.insert(careRecipients).values(userIds.map((userId) => ({ requestId, userId })));
}

/** Everyone a request was sent to. */
export async function askedIds(db: Db, requestId: string): Promise<string[]> {
  const rows = await db.select({ userId: careRecipients.userId }).from(careRecipients).where(eq(careRecipients.requestId, requestId));
  return rows.map((r) => r.userId);
}

/** Everyone the given requests were sent to, one row per request and person. */
export async function askedIn(db: Db, requestIds: readonly string[]): Promise<{ requestId: string; userId: string }[]> {
  if (requestIds.length === 0) return [];
  return db
    .select({ requestId: careRecipients.requestId, userId: careRecipients.userId })
    .from(careRecipients)
    .where(inArray(careRecipients.requestId, [...requestIds]));
}

export type Offer = { message: string | null; waived: boolean; childSeatConfirmed: boolean };

/** Records an OK, with what the helper said and that they read the care sheet. */
export async function saveOffer(db: Db, requestId: string, userId: string, offer: Offer, now: Date): Promise<void> {
  await db
    .update(careRecipients)
    .set({ response: "ok", ...offer, sheetReadAt: now, respondedAt: now })
    .where(and(eq(careRecipients.requestId, requestId), eq(careRecipients.userId, userId)));
}

/** Records a decline; whatever an earlier OK said goes with it. */
export async function saveDecline(db: Db, requestId: string, userId: string, now: Date): Promise<void> {
  await db
    .update(careRecipients)
    .set({ response: "declined", message: null, waived: false, childSeatConfirmed: false, respondedAt: now })
    .where(and(eq(careRecipients.requestId, requestId), eq(careRecipients.userId, userId)));
}

/** Whether anyone other than `userId` has said OK to the request. */
export async function otherOfferExists(db: Db, requestId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: careRecipients.userId })
    .from(careRecipients)
    .where(and(eq(careRecipients.requestId, requestId), eq(careRecipients.response, "ok"), ne(careRecipients.userId, userId)))
    .limit(1);
  return rows.length > 0;
}
