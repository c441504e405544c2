import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { careRecipients, careRequestChildren, careRequests, children, members } from "../schema";
import { findConnection, isBlockedEitherWay } from "./connections";
import { isUuid } from "@/lib/ids";

// Small reads shared by posting, answering and choosing; each runs inside the caller's transaction.


/** The request row, locked until the transaction ends: answers and choices about it queue up here. */
export async function lockRequest(tx: Db, requestId: string) {
  if (!isUuid(requestId)) return null;
  const [row] = await tx.select().from(careRequests).where(eq(careRequests.id, requestId)).for("update");
  return row ?? null;
}

export async function recipientRow(tx: Db, requestId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(careRecipients)
    .where(and(eq(careRecipients.requestId, requestId), eq(careRecipients.userId, userId)));
  return row ?? null;
}

/** The children a request is for, oldest first (names and birth dates only: never their care details). */
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

export async function memberFacts(db: Db, userId: string) {
  const [row] = await db
    .select({ displayName: members.displayName, birthDate: members.birthDate, status: members.status, singleParentVerifiedAt: members.singleParentVerifiedAt })
    .from(members)
    .where(eq(members.userId, userId));
  return row ?? null;
}

/** The two members' connection, or null when they are not connected or either blocked the other. */
export async function usableConnection(db: Db, a: string, b: string) {
  const connection = await findConnection(db, a, b);
  if (!connection || (await isBlockedEitherWay(db, a, b))) return null;
  return connection;
}
