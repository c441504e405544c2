import { desc } from "drizzle-orm";
import type { Db } from "../client";
import { mailOutbox } from "../schema";

export async function latestMail(db: Db, limit = 50) {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}
