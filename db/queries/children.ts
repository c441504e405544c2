import { and, asc, count, eq, gt, isNotNull, isNull, notLike } from "drizzle-orm";
import { type ChildDetails, openChildDetails } from "@/lib/children";
import type { Keyring } from "@/lib/crypto/sealed";
import { isUuid } from "@/lib/ids";
import type { Db } from "../client";
import { children } from "../schema";

// Every read and write names the parent: a child of someone else is simply not found, and so
// is a removed child.

export interface ChildSummary {
  id: string;
  name: string;
  nameKana: string;
  birthDate: string;
}

export interface ChildRecord extends ChildSummary {
  parentId: string;
  details: ChildDetails;
  healthConsentAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const ownActive = (parentId: string, childId: string) =>
  and(eq(children.id, childId), eq(children.parentId, parentId), isNull(children.removedAt));

const summary = { id: children.id, name: children.name, nameKana: children.nameKana, birthDate: children.birthDate };

/** The parent's children, oldest first; removed ones are left out. */
export async function listChildren(db: Db, parentId: string): Promise<ChildSummary[]> {
  return db
    .select(summary)
    .from(children)
    .where(and(eq(children.parentId, parentId), isNull(children.removedAt)))
    .orderBy(asc(children.birthDate), asc(children.createdAt));
}

/** One of the parent's children with its details opened, or null (someone else's, removed, unknown). */
export async function findChild(db: Db, parentId: string, childId: string, key: Keyring): Promise<ChildRecord | null> {
  if (!isUuid(childId)) return null;
  const [row] = await db.select().from(children).where(ownActive(parentId, childId));
  if (!row) return null;
  const { detailsEncrypted, removedAt: _removed, ...rest } = row;
  return { ...rest, details: openChildDetails(detailsEncrypted, row.id, key) };
}

/** What a save writes of a child: names, birth date, the details sealed and the consent, prepared by the save workflow. */
export type ChildRow = Pick<typeof children.$inferInsert, "name" | "nameKana" | "birthDate" | "detailsEncrypted" | "healthConsentAt">;

/** Adds a child under the id its details were sealed to; returns that id. */
export async function insertChild(db: Db, parentId: string, row: ChildRow & { id: string }, now: Date): Promise<string> {
  const [created] = await db
    .insert(children)
    .values({ ...row, parentId, createdAt: now, updatedAt: now })
    .returning({ id: children.id });
  return created!.id;
}

/** When the parent first consented to keeping health details, with the row locked until the transaction ends; null when the parent has no such child. */
export async function lockOwnChild(tx: Db, parentId: string, childId: string): Promise<{ healthConsentAt: Date | null } | null> {
  if (!isUuid(childId)) return null;
  const [current] = await tx
    .select({ healthConsentAt: children.healthConsentAt })
    .from(children)
    .where(ownActive(parentId, childId))
    .for("update");
  return current ?? null;
}

export async function updateChildRow(db: Db, parentId: string, childId: string, row: ChildRow, now: Date): Promise<void> {
  await db
    .update(children)
    .set({ ...row, updatedAt: now })
    .where(ownActive(parentId, childId));
}

/**
 * Marks a child removed: its details are erased at once; the name stays for past care records.
 * False when the parent has no such child.
 */
export async function markChildRemoved(db: Db, parentId: string, childId: string, now: Date): Promise<boolean> {
  if (!isUuid(childId)) return false;
  const rows = await db
    .update(children)
    .set({ detailsEncrypted: null, healthConsentAt: null, removedAt: now, updatedAt: now })
    .where(ownActive(parentId, childId))
    .returning({ id: children.id });
  return rows.length > 0;
}

// Key rotation: the children whose details are not yet sealed under the current key, in id order.
const notUnder = (currentPrefix: string) =>
  and(isNotNull(children.detailsEncrypted), notLike(children.detailsEncrypted, `${currentPrefix}%`));

/** How many children's details are not sealed under the key whose values start with `currentPrefix`. */
export async function countSealedNotUnder(db: Db, currentPrefix: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(children).where(notUnder(currentPrefix));
  return row?.n ?? 0;
}

/** The next `limit` such children after `afterId` (in id order), locked until the transaction ends. */
export async function lockSealedNotUnder(
  tx: Db,
  currentPrefix: string,
  afterId: string | null,
  limit: number,
): Promise<{ id: string; sealed: string }[]> {
  const rows = await tx
    .select({ id: children.id, sealed: children.detailsEncrypted })
    .from(children)
    .where(and(notUnder(currentPrefix), afterId ? gt(children.id, afterId) : undefined))
    .orderBy(asc(children.id))
    .limit(limit)
    .for("update");
  return rows.flatMap((r) => (r.sealed === null ? [] : [{ id: r.id, sealed: r.sealed }]));
}

/** Replaces a child's sealed details with the same details sealed again (key rotation). */
export async function setSealedDetails(tx: Db, childId: string, sealed: string): Promise<void> {
  await tx.update(children).set({ detailsEncrypted: sealed }).where(eq(children.id, childId));
}
