import { desc } from "drizzle-orm";
import type { Db } from "../client";
import { smsOutbox } from "../schema";

export async function latestSms(db: Db, limit = 50) {
  return db.select().from(smsOutbox).orderBy(desc(smsOutbox.createdAt)).limit(limit);
}

/** Keeps a text message that no SMS provider took, for the development outbox (or the tests' stand-in). */
export async function insertOutboxSms(db: Db, sms: { to: string; body: string }): Promise<void> {
  await db.insert(smsOutbox).values(sms);
}
