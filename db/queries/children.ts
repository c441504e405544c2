import { and, asc, eq, isNull } from "drizzle-orm";
import { type ChildDetails, openChildDetails } from "@/lib/children";
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
export async function findChild(db: Db, parentId: string, childId: string, key: Buffer): Promise<ChildRecord | null> {
  if (!isUuid(childId)) return null;
  const [row] = await db.select().from(children).where(ownActive(parentId, childId));
  if (!row) return null;
  const { detailsEncrypted, removedAt: _removed, ...rest } = row;
  return { ...rest, details: openChildDetails(detailsEncrypted, key) };
}

/** What a save writes of a child: names, birth date, the details sealed and the consent, prepared by the save workflow. */
export type ChildRow = Pick<typeof children.$inferInsert, "name" | "nameKana" | "birthDate" | "detailsEncrypted" | "healthConsentAt">;

/** Adds a child; returns its id. */
export async function insertChild(db: Db, parentId: string, row: ChildRow, now: Date): Promise<string> {
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
