import { and, asc, desc, eq, inArray, or } from "drizzle-orm";
import { careDetailsVisible, careDetailsVisibleUntil, effectiveState } from "@/lib/care";
import { type ChildDetails, childSeat, openChildDetails } from "@/lib/children";
import { ageOnDate } from "@/lib/time/dates";
import { tokyoDate } from "@/lib/time/tokyo";
import type { CareKind } from "@/lib/care/post/schema";
import { type NapCheckInput } from "@/lib/care/during/schemas";
import { napLogAllowed } from "@/lib/care/during/window";
import { type SeatNeed, seatNeed } from "@/lib/care/during/pre-care";
import type { Db } from "../client";
import { careDetailViews, careRequestChildren, careRequests, children, members, napChecks } from "../schema";
import { careForViewer } from "./care-access";
import { notify } from "@/lib/notify/workflows/notify";

// Every function here starts from careForViewer or names the caller in its WHERE clause:
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

/** Display names by user id. */
export async function namesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: members.userId, name: members.displayName }).from(members).where(inArray(members.userId, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface PreCareSheetData {
  kind: CareKind;
  careDate: string;
  seatNeed: SeatNeed | null;
  children: { id: string; name: string; ageYears: number; foodHabits: string; sleepHabits: string; mayNotEat: string; seat: "required" | "wanted" | "not_needed" }[];
}

const ASKING: ReadonlySet<string> = new Set(["open", "offered"]);

/**
 * What a recipient reads before saying OK: ages, food and sleep habits, what the child may not eat,
 * the child seat. Never the health details or contacts, which only the chosen helper sees after
 * matching. A recipient sees it only while the request is still asking; parent and helper always.
 */
export async function loadPreCareSheet(db: Db, requestId: string, viewerId: string, key: Buffer, now: Date): Promise<PreCareSheetData | null> {
  const care = await careForViewer(db, requestId, viewerId);
  if (!care) return null;
  const { request, role } = care;
  if (role === "recipient" && !ASKING.has(effectiveState({ state: request.state, start: request.startAt, end: request.endAt }, now))) return null;
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

export interface CareDetails {
  role: "parent" | "helper";
  visibleUntil: Date;
  careDate: string;
  children: { id: string; name: string; ageYears: number; details: ChildDetails }[];
}

/**
 * The children's care details for the chosen helper (from matching until 24 h after the end) or
 * the parent. A helper's view is written to the audit log, one row per child, before anything is
 * opened; if the log cannot be written nothing is shown. Null for anyone else, or out of the window.
 */
export async function openCareDetails(db: Db, o: { requestId: string; viewerId: string; key: Buffer; now: Date }): Promise<CareDetails | null> {
  return db.transaction(async (tx) => {
    const care = await careForViewer(tx, o.requestId, o.viewerId);
    if (!care || (care.role !== "parent" && care.role !== "helper")) return null;
    const { request, role } = care;
    const state = effectiveState({ state: request.state, start: request.startAt, end: request.endAt }, o.now);
    if (!careDetailsVisible(role, state, request.startAt, request.endAt, o.now)) return null;
    const rows = await careChildren(tx, request.id);
    if (role === "helper" && rows.length > 0) {
      await tx.insert(careDetailViews).values(rows.map((c) => ({ requestId: request.id, childId: c.id, viewerId: o.viewerId, viewedAt: o.now })));
    }
    const careDate = tokyoDate(request.startAt);
    return {
      role,
      visibleUntil: careDetailsVisibleUntil(request.endAt),
      careDate,
      children: rows.map((c) => ({ id: c.id, name: c.name, ageYears: ageOnDate(c.birthDate, careDate), details: openChildDetails(c.sealed, o.key) })),
    };
  });
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
    .select({ id: napChecks.id, childId: napChecks.childId, childName: children.name, state: napChecks.state, note: napChecks.note, checkedAt: napChecks.checkedAt })
    .from(napChecks)
    .innerJoin(careRequests, and(eq(careRequests.id, napChecks.requestId), ofParentOrHelper(requestId, viewerId)))
    .innerJoin(children, eq(children.id, napChecks.childId))
    .orderBy(desc(napChecks.checkedAt), desc(napChecks.id));
}

export type NapCheckResult = { ok: true } | { ok: false; reason: "not_found" | "closed" };

/** Logs a nap check: only the chosen helper, only while the care is under way, only for its children. */
export async function logNapCheck(db: Db, input: NapCheckInput & { viewerId: string; now: Date }): Promise<NapCheckResult> {
  return db.transaction(async (tx) => {
    const care = await careForViewer(tx, input.requestId, input.viewerId);
    if (!care || care.role === "recipient") return { ok: false, reason: "not_found" } as const;
    const { request, role } = care;
    const child = (await careChildren(tx, request.id)).find((c) => c.id === input.childId);
    if (!child) return { ok: false, reason: "not_found" } as const;
    const state = effectiveState({ state: request.state, start: request.startAt, end: request.endAt }, input.now);
    if (!napLogAllowed({ role, state, start: request.startAt, end: request.endAt, now: input.now })) return { ok: false, reason: "closed" } as const;
    await tx.insert(napChecks).values({
      requestId: request.id,
      childId: child.id,
      checkedBy: input.viewerId,
      state: input.state,
      note: input.note === "" ? null : input.note,
      checkedAt: input.now,
    });
    if (input.state === "concern") {
      const names = await namesOf(tx, [input.viewerId]);
      await notify(tx, { userId: request.parentId, kind: "safety_nap_concern", requestId: request.id, data: { name: names.get(input.viewerId) ?? "", child: child.name } });
    }
    return { ok: true } as const;
  });
}
