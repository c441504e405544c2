import { eq, inArray } from "drizzle-orm";
import { type CareEvent, type CareState, effectiveState, type Role, transition } from "@/lib/care";
import { refusalKey } from "@/lib/completion/refusal";
import { AppError } from "@/lib/errors";
import type { Db } from "../client";
import { careRequests, members } from "../schema";
import { type CareRequestRow, careForViewer } from "./care-access";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type LockedCare = { request: CareRequestRow; role: Role; state: CareState };
export type Party = "parent" | "helper";

/**
 * The request row locked (SELECT … FOR UPDATE) for the rest of the transaction, so two clicks
 * or two people at once take turns and the second sees what the first did. Call inside
 * db.transaction. Null when there is no such request.
 */
export async function lockCare(tx: Db, requestId: string, now: Date): Promise<LockedCare | null> {
  if (!UUID.test(requestId)) return null;
  const [request] = await tx.select().from(careRequests).where(eq(careRequests.id, requestId)).for("update");
  if (!request) return null;
  return { request, role: "system", state: effectiveState({ state: request.state, start: request.startAt, end: request.endAt }, now) };
}

/**
 * Locks the request and works out the viewer's part in it through careForViewer. Only the
 * parent and the chosen helper act after matching; anyone else, including recipients who were
 * not chosen, is told it does not exist.
 */
export async function lockCareFor(tx: Db, requestId: string, viewerId: string, now: Date): Promise<LockedCare & { role: Party }> {
  const locked = await lockCare(tx, requestId, now);
  const access = locked && (await careForViewer(tx, requestId, viewerId));
  if (!locked || !access || (access.role !== "parent" && access.role !== "helper")) throw new AppError("not_found");
  return { ...locked, role: access.role };
}

/** The state `event` leads to, or a translated refusal that changes nothing. */
export function step(locked: LockedCare, event: CareEvent, actor: Role, now: Date): CareState {
  const { request, state } = locked;
  const result = transition(state, event, { actor, now, start: request.startAt, end: request.endAt });
  if (!result.ok) throw new AppError("conflict", { key: `careAfter.${refusalKey(state, result.error)}` });
  return result.state;
}

export async function setState(tx: Db, requestId: string, state: CareState, now: Date, extra: Partial<CareRequestRow> = {}) {
  await tx.update(careRequests).set({ ...extra, state, updatedAt: now }).where(eq(careRequests.id, requestId));
}

/** The other side of a care: the helper for the parent and the parent for the helper. */
export function otherParty(request: CareRequestRow, role: Party): string {
  return role === "parent" ? request.helperId! : request.parentId;
}

/** Display names by user id, for notifications and pages. */
export async function displayNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: members.userId, name: members.displayName }).from(members).where(inArray(members.userId, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function displayName(db: Db, id: string): Promise<string> {
  return (await displayNames(db, [id])).get(id) ?? "";
}


/**
 * What a notification about this care carries: when the care is (the bell shows it as {when})
 * and, if someone acted, their name. Never anything about the children.
 */
export async function noticeData(db: Db, request: CareRequestRow, actorId?: string): Promise<Record<string, string>> {
  const start = request.startAt.toISOString();
  return actorId ? { start, name: await displayName(db, actorId) } : { start };
}
