import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { deskMessages, deskThreads, members, users } from "../schema";

// The consultation desk: threads and their messages.

export type DeskThreadRow = typeof deskThreads.$inferSelect;

export async function insertThread(db: Db, thread: typeof deskThreads.$inferInsert): Promise<string> {
  const [row] = await db.insert(deskThreads).values(thread).returning({ id: deskThreads.id });
  return row!.id;
}

export async function insertDeskMessage(db: Db, message: typeof deskMessages.$inferInsert): Promise<void> {
  await db.insert(deskMessages).values(message);
}

export async function lockThread(db: Db, id: string): Promise<DeskThreadRow | null> {
  const [row] = await db.select().from(deskThreads).where(eq(deskThreads.id, id)).for("update");
  return row ?? null;
}

export async function updateThread(
  db: Db,
  id: string,
  set: Partial<Pick<DeskThreadRow, "state" | "appealOutcome">> & { updatedAt: Date },
): Promise<void> {
  await db.update(deskThreads).set(set).where(eq(deskThreads.id, id));
}

export async function hasAppealed(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: deskThreads.id })
    .from(deskThreads)
    .where(and(eq(deskThreads.userId, userId), eq(deskThreads.category, "appeal")));
  return Boolean(row);
}

const messageColumns = {
  threadId: deskMessages.threadId,
  fromDesk: deskMessages.fromDesk,
  body: deskMessages.body,
  createdAt: deskMessages.createdAt,
};

async function messagesOf(db: Db, threadIds: string[]) {
  if (threadIds.length === 0) return [];
  return db.select(messageColumns).from(deskMessages).where(inArray(deskMessages.threadId, threadIds)).orderBy(asc(deskMessages.createdAt));
}

/** A member's own threads, newest first, each with its messages. */
export async function listThreadsOf(db: Db, userId: string) {
  const threads = await db.select().from(deskThreads).where(eq(deskThreads.userId, userId)).orderBy(desc(deskThreads.createdAt));
  const messages = await messagesOf(
    db,
    threads.map((t) => t.id),
  );
  return threads.map((t) => ({ ...t, messages: messages.filter((m) => m.threadId === t.id) }));
}

const askerColumns = {
  thread: deskThreads,
  memberName: members.displayName,
  memberStatus: members.status,
  memberEmail: users.email,
};

/** Every thread for the admin queue (its order is lib/desk sortQueue), with who asked. */
export async function listDeskQueue(db: Db, limit = 300) {
  return db
    .select(askerColumns)
    .from(deskThreads)
    .leftJoin(members, eq(members.userId, deskThreads.userId))
    .leftJoin(users, eq(users.id, deskThreads.userId))
    .orderBy(desc(deskThreads.updatedAt))
    .limit(limit);
}

/** One thread for the admin desk, with who asked and every message. */
export async function findThread(db: Db, id: string) {
  const [row] = await db
    .select(askerColumns)
    .from(deskThreads)
    .leftJoin(members, eq(members.userId, deskThreads.userId))
    .leftJoin(users, eq(users.id, deskThreads.userId))
    .where(eq(deskThreads.id, id));
  if (!row) return null;
  return { ...row, messages: await messagesOf(db, [id]) };
}
