import "server-only";
import type { Db } from "@/db/client";
import { type CareRequestRow, careForViewer } from "@/db/queries/care-access";
import { displayName, lockCareRow } from "@/db/queries/care-lock";
import { type CareEvent, type CareState, effectiveState, type Role, transition } from "@/lib/care";
import { refusalKey } from "@/lib/care/refusal";
import { AppError } from "@/lib/errors";

export type LockedCare<R extends Role = Role> = { request: CareRequestRow; role: R; state: CareState };
export type Party = "parent" | "helper";
export const PARTIES = ["parent", "helper"] as const satisfies readonly Role[];

/**
 * The first step of every command on one care: lock the request row (SELECT … FOR UPDATE) for
 * the rest of the transaction, so two clicks or two people at once take turns and the second
 * sees what the first did; then resolve the caller's part in it. A caller whose role is not in
 * `roles` (or who has none) is told the care does not exist. Call inside db.transaction.
 * With `viewerId` "system" the platform itself acts (clock jobs, admins, blocking).
 */
export async function withCare<R extends Role>(
  tx: Db,
  requestId: string,
  viewerId: string | "system",
  roles: readonly R[],
  now: Date,
): Promise<LockedCare<R>> {
  const request = await lockCareRow(tx, requestId);
  if (!request) throw new AppError("not_found");
  const state = effectiveState({ state: request.state, start: request.startAt, end: request.endAt }, now);
  let role: Role = "system";
  if (viewerId !== "system") {
    const access = await careForViewer(tx, requestId, viewerId);
    if (!access) throw new AppError("not_found");
    role = access.role;
  }
  if (!(roles as readonly Role[]).includes(role)) throw new AppError("not_found");
  return { request, role: role as R, state };
}

/** The state `event` leads to, or a translated refusal that changes nothing. */
export function step(locked: LockedCare, event: CareEvent, actor: Role, now: Date): CareState {
  const { request, state } = locked;
  const result = transition(state, event, { actor, now, start: request.startAt, end: request.endAt });
  if (!result.ok) throw new AppError("conflict", { key: `careAfter.${refusalKey(state, result.error)}` });
  return result.state;
}

/** The other side of a care: the helper for the parent and the parent for the helper. */
export function otherParty(request: CareRequestRow, role: Party): string {
  return role === "parent" ? request.helperId! : request.parentId;
}

/**
 * What a notification about this care carries: when the care is (the bell shows it as {when})
 * and, if someone acted, their name. Never anything about the children.
 */
export async function noticeData(db: Db, request: CareRequestRow, actorId?: string): Promise<Record<string, string>> {
  const start = request.startAt.toISOString();
  return actorId ? { start, name: await displayName(db, actorId) } : { start };
}
