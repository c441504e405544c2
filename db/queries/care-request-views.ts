import { and, asc, count, desc, eq, exists, inArray, or, sql } from "drizzle-orm";
import { shapeForRole, type ViewerRole } from "@/lib/care/view";
import { haveMet } from "@/lib/connections/met";
import type { Db } from "../client";
import { careRecipients, careRequestChildren, careRequests, children, connections, members } from "../schema";
import { type CareAccessReader, careForViewer } from "./care-access";
import { displayNames } from "./care-lock";
import { requestChildren } from "./care-request-children";
import { notBlockedWith } from "./profiles";

// Reads for the request pages. Every one is scoped by the viewer: the parent sees their own
// requests, a recipient the requests they were asked (never who else was, or who was chosen).

async function childNamesOf(db: Db, requestIds: string[]): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  if (requestIds.length === 0) return names;
  const rows = await db
    .select({ requestId: careRequestChildren.requestId, name: children.name })
    .from(careRequestChildren)
    .innerJoin(children, eq(children.id, careRequestChildren.childId))
    .where(inArray(careRequestChildren.requestId, requestIds))
    .orderBy(asc(children.birthDate));
  for (const r of rows) names.set(r.requestId, [...(names.get(r.requestId) ?? []), r.name]);
  return names;
}

const listed = {
  id: careRequests.id,
  kind: careRequests.kind,
  startAt: careRequests.startAt,
  endAt: careRequests.endAt,
  state: careRequests.state,
};

/** The parent's own requests, latest start first, with how many were asked and how many said OK. */
export async function listMyRequests(db: Db, parentId: string) {
  const rows = await db
    .select({
      ...listed,
      helperName: members.displayName,
      asked: count(careRecipients.userId),
      offers: sql<number>`count(*) filter (where ${careRecipients.response} = 'ok')`.mapWith(Number),
    })
    .from(careRequests)
    .leftJoin(careRecipients, eq(careRecipients.requestId, careRequests.id))
    .leftJoin(members, eq(members.userId, careRequests.helperId))
    .where(eq(careRequests.parentId, parentId))
    .groupBy(careRequests.id, members.displayName)
    .orderBy(desc(careRequests.startAt));
  const names = await childNamesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, children: names.get(r.id) ?? [] }));
}

/**
 * Requests the member was asked, latest start first; `chosen` is true only for their own match.
 * The same rule as careForViewer (lib/care/visibility.ts requestRole), in SQL: nothing from a
 * parent either has blocked, and a request they were only asked only while still connected.
 */
export async function listRequestsForMe(db: Db, userId: string) {
  const rows = await db
    .select({
      ...listed,
      chosen: sql<boolean>`coalesce(${careRequests.helperId} = ${userId}, false)`,
      parentName: members.displayName,
      response: careRecipients.response,
    })
    .from(careRecipients)
    .innerJoin(careRequests, eq(careRequests.id, careRecipients.requestId))
    .innerJoin(members, eq(members.userId, careRequests.parentId))
    .where(
      and(
        eq(careRecipients.userId, userId),
        notBlockedWith(db, userId, careRequests.parentId),
        or(eq(careRequests.helperId, userId), connectedTo(db, userId, careRequests.parentId)),
      ),
    )
    .orderBy(desc(careRequests.startAt));
  const names = await childNamesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, children: names.get(r.id) ?? [] }));
}

function connectedTo(db: Db, userId: string, other: typeof careRequests.parentId) {
  return exists(
    db
      .select({ one: sql`1` })
      .from(connections)
      .where(
        or(
          and(eq(connections.userA, userId), eq(connections.userB, other)),
          and(eq(connections.userA, other), eq(connections.userB, userId)),
        ),
      ),
  );
}

/** Everyone the parent asked, with their answer and whether the two have met (事前の顔合わせ). */
async function recipientsForParent(db: Db, requestId: string, parentId: string) {
  const rows = await db
    .select({
      userId: careRecipients.userId,
      name: members.displayName,
      response: careRecipients.response,
      message: careRecipients.message,
      waived: careRecipients.waived,
      childSeatConfirmed: careRecipients.childSeatConfirmed,
      respondedAt: careRecipients.respondedAt,
    })
    .from(careRecipients)
    .innerJoin(members, eq(members.userId, careRecipients.userId))
    .where(eq(careRecipients.requestId, requestId))
    .orderBy(asc(careRecipients.respondedAt), asc(members.nameKana));
  const ids = rows.map((r) => r.userId);
  const links =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(connections)
          .where(
            or(
              and(eq(connections.userA, parentId), inArray(connections.userB, ids)),
              and(eq(connections.userB, parentId), inArray(connections.userA, ids)),
            ),
          );
  const link = (id: string) => links.find((c) => c.userA === id || c.userB === id);
  return rows.map((r) => {
    const connection = link(r.userId);
    return { ...r, connected: Boolean(connection), met: connection ? haveMet(connection) : false };
  });
}

/**
 * One request as the viewer may see it, or null ("not found"): anyone careForViewer refuses
 * (not involved, blocked either way, or asked but no longer a connection of the parent). A recipient who was not chosen never
 * gets the helper, the insurance record or the other recipients.
 */
export async function requestDetail(db: Db, requestId: string, viewerId: string, readAccess: CareAccessReader = careForViewer) {
  const access = await readAccess(db, requestId, viewerId);
  if (!access || access.role === "admin" || access.role === "system") return null;
  const role: ViewerRole = access.role;
  const { request } = access;
  const helperId = role === "recipient" ? null : request.helperId;
  const [kids, names, recipients] = await Promise.all([
    requestChildren(db, request.id),
    displayNames(db, helperId ? [request.parentId, helperId] : [request.parentId]),
    role === "parent" ? recipientsForParent(db, request.id, request.parentId) : [],
  ]);
  return {
    role,
    request: shapeForRole(role, request),
    own: access.recipient,
    children: kids,
    parentName: names.get(request.parentId) ?? "",
    helperName: helperId ? (names.get(helperId) ?? null) : null,
    recipients,
  };
}

export type RequestDetail = NonNullable<Awaited<ReturnType<typeof requestDetail>>>;
