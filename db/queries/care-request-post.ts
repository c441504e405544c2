import { and, count, eq, inArray, ne, or, sql } from "drizzle-orm";
import { AppError, notFound } from "@/lib/errors";
import { childProblemOn } from "@/lib/care/post/children";
import { type Audience, type PostInput } from "@/lib/care/post/schema";
import type { Db } from "../client";
import { careRecipients, careRequestChildren, careRequests, connections, groupMembers, members } from "../schema";
import { rulebookKeyForParent } from "./care-rulebooks";
import { memberFacts, ownChildren } from "./care-request-parts";
import { findGroupFor } from "./groups";
import { notify } from "@/lib/notify/workflows/notify";
import { notBlockedWith } from "./profiles";
import { isUuid } from "@/lib/ids";

/** The parent's connections in good standing that neither side has blocked. */
export async function usablePartners(tx: Db, parentId: string): Promise<Set<string>> {
  const partner = sql<string>`case when ${connections.userA} = ${parentId} then ${connections.userB} else ${connections.userA} end`;
  const rows = await tx
    .select({ id: members.userId })
    .from(connections)
    .innerJoin(members, eq(members.userId, partner))
    .where(
      and(
        or(eq(connections.userA, parentId), eq(connections.userB, parentId)),
        eq(members.status, "active"),
        notBlockedWith(tx, parentId, members.userId),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** Who is asked: the chosen connections, or the parent's connections in one of their groups. */
async function recipientsOf(tx: Db, parentId: string, audience: Audience): Promise<string[]> {
  const partners = await usablePartners(tx, parentId);
  if (audience.kind === "people") {
    if (audience.userIds.some((id) => !partners.has(id))) {
      throw new AppError("invalid_input", { key: "field.care_not_connection", field: "recipients" });
    }
    return audience.userIds;
  }
  if (!isUuid(audience.groupId) || !(await findGroupFor(tx, audience.groupId, parentId))) throw notFound();
  const inGroup = await tx
    .select({ id: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, audience.groupId), ne(groupMembers.userId, parentId)));
  const asked = inGroup.map((r) => r.id).filter((id) => partners.has(id));
  if (asked.length === 0) throw new AppError("invalid_input", { key: "field.care_group_no_connections", field: "groupId" });
  return asked;
}

/**
 * Posts a request and tells each recipient. Refuses, changing nothing: a child that is not the
 * parent's (not found), a child outside ages 1–12 on the day (named), anyone asked who is not a
 * usable connection. Returns the new request's id.
 */
export async function postCareRequest(db: Db, parentId: string, input: PostInput, now: Date): Promise<string> {
  return db.transaction(async (tx) => {
    const kids = await ownChildren(tx, parentId, input.childIds);
    if (kids.length !== input.childIds.length) throw notFound();
    const problem = childProblemOn(kids, input.startAt);
    if (problem) {
      const values = { name: problem.name, age: problem.ageYears };
      throw new AppError("invalid_input", { key: `field.care_${problem.reason}`, values, field: "children" });
    }
    const recipients = await recipientsOf(tx, parentId, input.audience);
    const parent = await memberFacts(tx, parentId);
    if (!parent) throw notFound();
    const { childIds: _ids, audience, ...fields } = input;
    const [request] = await tx
      .insert(careRequests)
      .values({
        ...fields,
        parentId,
        audienceGroupId: audience.kind === "group" ? audience.groupId : null,
        rulebookKey: await rulebookKeyForParent(tx, parentId),
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: careRequests.id });
    const requestId = request!.id;
    await tx.insert(careRequestChildren).values(kids.map((k) => ({ requestId, childId: k.id })));
    await tx.insert(careRecipients).values(recipients.map((userId) => ({ requestId, userId })));
    const data = { name: parent.displayName, start: input.startAt.toISOString() };
    await notify(tx, recipients.map((userId) => ({ userId, kind: "care_request_received", requestId, data })));
    return requestId;
  });
}

/** For each of the parent's groups: how many of its members the parent could ask (for the group picker). */
export async function askableInGroups(db: Db, parentId: string): Promise<Map<string, number>> {
  const partners = [...(await usablePartners(db, parentId))];
  if (partners.length === 0) return new Map();
  const mine = db.select({ id: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.userId, parentId));
  const rows = await db
    .select({ groupId: groupMembers.groupId, n: count() })
    .from(groupMembers)
    .where(and(inArray(groupMembers.groupId, mine), inArray(groupMembers.userId, partners)))
    .groupBy(groupMembers.groupId);
  return new Map(rows.map((r) => [r.groupId, r.n]));
}
