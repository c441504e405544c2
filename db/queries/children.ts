import { and, asc, eq, isNull } from "drizzle-orm";
import { type ChildDetails, type ChildInput, healthConsentAt, openChildDetails, sealChildDetails } from "@/lib/children";
import type { Db } from "../client";
import { children } from "../schema";
import { isUuid } from "@/lib/ids";

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

/** Adds a child; returns its id. */
export async function createChild(db: Db, parentId: string, input: ChildInput, key: Buffer, now: Date): Promise<string> {
  const [row] = await db
    .insert(children)
    .values({
      parentId,
      name: input.name,
      nameKana: input.nameKana,
      birthDate: input.birthDate,
      detailsEncrypted: sealChildDetails(input.details, key),
      healthConsentAt: healthConsentAt(input.details, input.healthConsent, null, now),
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: children.id });
  return row!.id;
}

/** Replaces a child's details; false when the parent has no such child (nothing changes then). */
export async function updateChild(
  db: Db,
  parentId: string,
  childId: string,
  input: ChildInput,
  key: Buffer,
  now: Date,
): Promise<boolean> {
  if (!isUuid(childId)) return false;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ healthConsentAt: children.healthConsentAt })
      .from(children)
      .where(ownActive(parentId, childId))
      .for("update");
    if (!current) return false;
    await tx
      .update(children)
      .set({
        name: input.name,
        nameKana: input.nameKana,
        birthDate: input.birthDate,
        detailsEncrypted: sealChildDetails(input.details, key),
        healthConsentAt: healthConsentAt(input.details, input.healthConsent, current.healthConsentAt, now),
        updatedAt: now,
      })
      .where(ownActive(parentId, childId));
    return true;
  });
}

/**
 * Removes a child: its details are erased at once; the name stays for past care records.
 * False when the parent has no such child.
 */
export async function removeChild(db: Db, parentId: string, childId: string, now: Date): Promise<boolean> {
  if (!isUuid(childId)) return false;
  const rows = await db
    .update(children)
    .set({ detailsEncrypted: null, healthConsentAt: null, removedAt: now, updatedAt: now })
    .where(ownActive(parentId, childId))
    .returning({ id: children.id });
  return rows.length > 0;
}
