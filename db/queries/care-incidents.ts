import { and, asc, desc, eq, isNull, or, sql } from "drizzle-orm";
import { effectiveState } from "@/lib/care";
import { buildCareRecord } from "@/lib/care/during/care-record";
import { type IncidentInput } from "@/lib/care/during/schemas";
import { incidentReportAllowed, incidentTimeProblem, type IncidentTimeProblem } from "@/lib/care/during/window";
import type { Db } from "../client";
import { careRequests, incidents, members } from "../schema";
import { careForViewer } from "./care-access";
import { careChildren, namesOf } from "./care-safety";
import { notify } from "@/lib/notify/workflows/notify";
import { isUuid } from "@/lib/ids";

export type IncidentResult = { ok: true; id: string } | { ok: false; reason: "not_found" | "closed" | IncidentTimeProblem };

/** Active admins: the people a serious incident must reach at once. */
export async function adminIds(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: members.userId })
    .from(members)
    .where(and(sql`${members.capabilities} @> array['admin']::capability[]`, eq(members.status, "active")));
  return rows.map((r) => r.id);
}

/**
 * An incident reported by the parent or the helper. The care's record (request, children's names
 * and ages on the day, both adults, insurance snapshot) is frozen with it; the other adult hears
 * of it, and a serious one reaches every admin in the same transaction.
 */
export async function reportIncident(db: Db, input: IncidentInput & { viewerId: string; now: Date }): Promise<IncidentResult> {
  return db.transaction(async (tx) => {
    const care = await careForViewer(tx, input.requestId, input.viewerId);
    if (!care || care.role === "recipient") return { ok: false, reason: "not_found" } as const;
    const { request, role } = care;
    const start = request.startAt;
    const state = effectiveState({ state: request.state, start, end: request.endAt }, input.now);
    if (!incidentReportAllowed({ role, state, start, end: request.endAt, now: input.now })) return { ok: false, reason: "closed" } as const;
    const problem = incidentTimeProblem(input.occurredAt, { start, now: input.now });
    if (problem) return { ok: false, reason: problem } as const;

    const names = await namesOf(tx, [request.parentId, ...(request.helperId ? [request.helperId] : [])]);
    const person = (id: string) => ({ id, name: names.get(id) ?? "" });
    const careRecord = buildCareRecord({
      request: { ...request, state },
      children: await careChildren(tx, request.id),
      parent: person(request.parentId),
      helper: request.helperId ? person(request.helperId) : null,
      now: input.now,
    });
    const [row] = await tx
      .insert(incidents)
      .values({
        requestId: request.id,
        reportedBy: input.viewerId,
        severity: input.severity,
        seriousKind: input.seriousKind,
        description: input.description,
        occurredAt: input.occurredAt,
        careRecord,
        createdAt: input.now,
      })
      .returning({ id: incidents.id });

    const other = input.viewerId === request.parentId ? request.helperId : request.parentId;
    if (other) {
      await notify(tx, { userId: other, kind: "safety_incident_reported", requestId: request.id, data: { name: names.get(input.viewerId) ?? "" } });
    }
    if (input.severity === "serious") {
      // No request link: admins are not part of the care; they open it from the incident queue.
      const admins = await adminIds(tx);
      await notify(tx, admins.map((userId) => ({ userId, kind: "safety_serious_incident", data: { incidentId: row!.id } })));
    }
    return { ok: true, id: row!.id } as const;
  });
}

const incidentColumns = {
  id: incidents.id,
  requestId: incidents.requestId,
  severity: incidents.severity,
  seriousKind: incidents.seriousKind,
  description: incidents.description,
  occurredAt: incidents.occurredAt,
  createdAt: incidents.createdAt,
  handledAt: incidents.handledAt,
  reporterId: incidents.reportedBy,
  reporterName: members.displayName,
};

/** The incidents of a care, newest first, for its parent and its helper. */
export async function listCareIncidents(db: Db, requestId: string, viewerId: string) {
  return db
    .select(incidentColumns)
    .from(incidents)
    .innerJoin(
      careRequests,
      and(eq(careRequests.id, incidents.requestId), eq(careRequests.id, requestId), or(eq(careRequests.parentId, viewerId), eq(careRequests.helperId, viewerId))),
    )
    .leftJoin(members, eq(members.userId, incidents.reportedBy))
    .orderBy(desc(incidents.createdAt));
}

/** The admin queue: open ones first, serious before minor, oldest first among the open. */
export async function listIncidentQueue(db: Db, limit = 200) {
  return db
    .select(incidentColumns)
    .from(incidents)
    .leftJoin(members, eq(members.userId, incidents.reportedBy))
    .orderBy(sql`${incidents.handledAt} is not null`, desc(incidents.severity), asc(incidents.createdAt))
    .limit(limit);
}


/** One incident with its frozen care record, for admins (the caller checks the capability). */
export async function findIncident(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({ ...incidentColumns, careRecord: incidents.careRecord })
    .from(incidents)
    .leftJoin(members, eq(members.userId, incidents.reportedBy))
    .where(eq(incidents.id, id));
  return row ?? null;
}

/** Marks an open incident handled; false if there is no such incident or it already was. */
export async function markIncidentHandled(db: Db, id: string, now: Date): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .update(incidents)
    .set({ handledAt: now })
    .where(and(eq(incidents.id, id), isNull(incidents.handledAt)))
    .returning({ id: incidents.id });
  return rows.length > 0;
}
