import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { isUuid } from "@/lib/ids";
import type { Db } from "../client";
import { careRequestChildren, children } from "../schema";

// Which children a request is for: names and birth dates only, never their care details.

/** The children a request is for, oldest first. */
export async function requestChildren(db: Db, requestId: string) {
  return db
    .select({ id: children.id, name: children.name, birthDate: children.birthDate })
    .from(careRequestChildren)
    .innerJoin(children, eq(children.id, careRequestChildren.childId))
    .where(eq(careRequestChildren.requestId, requestId))
    .orderBy(asc(children.birthDate), asc(children.id));
}

/** The parent's own, not removed, children among `ids`. */
export async function ownChildren(db: Db, parentId: string, ids: string[]) {
  const valid = ids.filter((id) => isUuid(id));
  if (valid.length === 0) return [];
  return db
    .select({ id: children.id, name: children.name, birthDate: children.birthDate })
    .from(children)
    .where(and(eq(children.parentId, parentId), inArray(children.id, valid), isNull(children.removedAt)));
}

export async function insertRequestChildren(db: Db, requestId: string, childIds: readonly string[]): Promise<void> {
  await db.insert(careRequestChildren).values(childIds.map((childId) => ({ requestId, childId })));
}
