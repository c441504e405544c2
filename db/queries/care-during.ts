import { and, asc, desc, eq, or } from "drizzle-orm";
import { effectiveState } from "@/lib/care";
import type { NapState } from "@/lib/care/during/nap";
import { type NeedToKnow, needToKnow, needToKnowVisible } from "@/lib/care/during/pre-care";
import { openChildDetails } from "@/lib/children";
import type { Keyring } from "@/lib/crypto/sealed";
import { tokyoDate } from "@/lib/time/tokyo";
import type { Db } from "../client";
import { careDetailViews, careRequestChildren, careRequests, children, members, napChecks } from "../schema";
import { type CareAccessReader, careForViewer } from "./care-access";

// Every read here starts from careForViewer or names the caller in its WHERE clause:
// a request the caller has no part in is simply not found.

/** The children of a request, with their sealed details (opened only by the caller that may see them). */
export async function careChildren(db: Db, requestId: string) {
  return db
    .select({ id: children.id, name: children.name, birthDate: children.birthDate, sealed: children.detailsEncrypted })
    .from(careRequestChildren)
    .innerJoin(children, eq(children.id, careRequestChildren.childId))
    .where(eq(careRequestChildren.requestId, requestId))
    .orderBy(asc(children.birthDate), asc(children.id));
}

/**
 * What someone asked reads before saying OK (lib/care/during/pre-care.ts needToKnow): ages, whether
 * there are allergy notes, the child seat. The sealed details are opened here only to work out
 * those booleans; their text never leaves. Null when the viewer may not read it (needToKnowVisible).
 */
export async function loadNeedToKnow(
  db: Db,
  requestId: string,
  viewerId: string,
  key: Keyring,
  now: Date,
  readAccess: CareAccessReader = careForViewer,
): Promise<NeedToKnow | null> {
  const care = await readAccess(db, requestId, viewerId);
  if (!care) return null;
  const { request, role } = care;
  if (!needToKnowVisible(role, effectiveState({ state: request.state, start: request.startAt, end: request.endAt }, now))) return null;
  const rows = (await careChildren(db, requestId)).map((c) => ({ ...c, details: openChildDetails(c.sealed, c.id, key) }));
  return needToKnow(request.kind, tokyoDate(request.startAt), rows);
}

/** One audit-log row per child: who opened the children's care details, and when. */
export async function insertDetailViews(
  db: Db,
  requestId: string,
  childIds: readonly string[],
  viewerId: string,
  now: Date,
): Promise<void> {
  if (childIds.length === 0) return;
  await db.insert(careDetailViews).values(childIds.map((childId) => ({ requestId, childId, viewerId, viewedAt: now })));
}

/** The audit log of a request, newest first, for its parent only. */
export async function listDetailViews(db: Db, requestId: string, parentId: string, limit = 200) {
  return db
    .select({ id: careDetailViews.id, viewedAt: careDetailViews.viewedAt, viewerName: members.displayName, childName: children.name })
    .from(careDetailViews)
    .innerJoin(careRequests, and(eq(careRequests.id, careDetailViews.requestId), eq(careRequests.parentId, parentId)))
    .innerJoin(children, eq(children.id, careDetailViews.childId))
    .leftJoin(members, eq(members.userId, careDetailViews.viewerId))
    .where(eq(careDetailViews.requestId, requestId))
    .orderBy(desc(careDetailViews.viewedAt), asc(children.name))
    .limit(limit);
}

const ofParentOrHelper = (requestId: string, viewerId: string) =>
  and(eq(careRequests.id, requestId), or(eq(careRequests.parentId, viewerId), eq(careRequests.helperId, viewerId)));

/** The nap log of a request, newest first, for its parent and its helper. */
export async function listNapChecks(db: Db, requestId: string, viewerId: string) {
  return db
    .select({
      id: napChecks.id,
      childId: napChecks.childId,
      childName: children.name,
      state: napChecks.state,
      note: napChecks.note,
      checkedAt: napChecks.checkedAt,
    })
    .from(napChecks)
    .innerJoin(careRequests, and(eq(careRequests.id, napChecks.requestId), ofParentOrHelper(requestId, viewerId)))
    .innerJoin(children, eq(children.id, napChecks.childId))
    .orderBy(desc(napChecks.checkedAt), desc(napChecks.id));
}

export async function insertNapCheck(
  db: Db,
  check: { id: string; requestId: string; childId: string; checkedBy: string; state: NapState; note: string | null; checkedAt: Date },
): Promise<void> {
  await db.insert(napChecks).values(check);
}
