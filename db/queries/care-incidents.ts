import { and, asc, desc, eq, isNull, or, sql } from "drizzle-orm";
import { isUuid } from "@/lib/ids";
import type { Db } from "../client";
import { careRequests, incidents, members } from "../schema";

export async function insertIncident(db: Db, incident: typeof incidents.$inferInsert): Promise<string> {
  const [row] = await db.insert(incidents).values(incident).returning({ id: incidents.id });
  return row!.id;
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
      and(
        eq(careRequests.id, incidents.requestId),
        eq(careRequests.id, requestId),
        or(eq(careRequests.parentId, viewerId), eq(careRequests.helperId, viewerId)),
      ),
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
export async function setIncidentHandled(db: Db, id: string, now: Date): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .update(incidents)
    .set({ handledAt: now })
    .where(and(eq(incidents.id, id), isNull(incidents.handledAt)))
    .returning({ id: incidents.id });
  return rows.length > 0;
}
