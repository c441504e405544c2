import { and, asc, desc, eq, or } from "drizzle-orm";
import { effectiveState } from "@/lib/care";
import type { NapState } from "@/lib/care/during/nap";
import { preCareSheetVisible, type SeatNeed, seatNeed } from "@/lib/care/during/pre-care";
import type { CareKind } from "@/lib/care/post/schema";
import { childSeat, openChildDetails } from "@/lib/children";
import { ageOnDate } from "@/lib/time/dates";
import { tokyoDate } from "@/lib/time/tokyo";
import type { Db } from "../client";
import { careDetailViews, careRequestChildren, careRequests, children, members, napChecks } from "../schema";
import { careForViewer } from "./care-access";

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

export interface PreCareSheetData {
  kind: CareKind;
  careDate: string;
  seatNeed: SeatNeed | null;
  children: {
    id: string;
    name: string;
    ageYears: number;
    foodHabits: string;
    sleepHabits: string;
    mayNotEat: string;
    seat: "required" | "wanted" | "not_needed";
  }[];
}

/**
 * What a recipient reads before saying OK: ages, food and sleep habits, what the child may not eat,
 * the child seat. Never the health details or contacts, which only the chosen helper sees after
 * matching. Null when the viewer may not read it (lib/care/during/pre-care.ts preCareSheetVisible).
 */
export async function loadPreCareSheet(
  db: Db,
  requestId: string,
  viewerId: string,
  key: Buffer,
  now: Date,
): Promise<PreCareSheetData | null> {
  const care = await careForViewer(db, requestId, viewerId);
  if (!care) return null;
  const { request, role } = care;
  if (!preCareSheetVisible(role, effectiveState({ state: request.state, start: request.startAt, end: request.endAt }, now))) return null;
  const careDate = tokyoDate(request.startAt);
  const rows = (await careChildren(db, requestId)).map((c) => ({ ...c, details: openChildDetails(c.sealed, key) }));
  return {
    kind: request.kind,
    careDate,
    seatNeed: seatNeed(request.kind, careDate, rows),
    children: rows.map((c) => ({
      id: c.id,
      name: c.name,
      ageYears: ageOnDate(c.birthDate, careDate),
      foodHabits: c.details.foodHabits,
      sleepHabits: c.details.sleepHabits,
      mayNotEat: c.details.mayNotEat,
      seat: childSeat(c.birthDate, careDate, c.details),
    })),
  };
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
  check: { requestId: string; childId: string; checkedBy: string; state: NapState; note: string | null; checkedAt: Date },
): Promise<void> {
  await db.insert(napChecks).values(check);
}
