import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { smsOutbox } from "@/db/schema";
import type { CodeSender } from "@/lib/members/phone-code";

/** Codes hashed with a test key and sent to the outbox (no SMS provider configured). */
export const outboxSender: CodeSender = { key: "test-phone-code-key-test-phone-code-key", sms: { SMS_API_URL: "https://api.twilio.com" } };

/** The code in the last text message sent to `phone` (the outbox, or the e2e server's SMS stand-in). */
export async function lastCodeTo(db: Db, phone: string): Promise<string | null> {
  const [row] = await db.select().from(smsOutbox).where(eq(smsOutbox.to, phone)).orderBy(desc(smsOutbox.createdAt)).limit(1);
  return row ? (/\b(\d{6})\b/.exec(row.body)?.[1] ?? null) : null;
}
