import { desc } from "drizzle-orm";
import type { Db } from "../client";
import { mailOutbox } from "../schema";

export async function latestMail(db: Db, limit = 50) {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}

/** Keeps a mail that no SMTP server took, for the development outbox. */
export async function insertOutboxMail(db: Db, mail: { to: string; subject: string; text: string; html: string }): Promise<void> {
  await db.insert(mailOutbox).values(mail);
}
