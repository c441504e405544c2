import "server-only";
import type { Db } from "@/db/client";
import { groupMembersBesides, usablePartners } from "@/db/queries/care-audience";
import { memberFacts } from "@/db/queries/care-members";
import { insertRecipients } from "@/db/queries/care-recipients";
import { insertRequestChildren, ownChildren } from "@/db/queries/care-request-children";
import { insertCareRequest } from "@/db/queries/care-requests";
import { currentRulebookVersion, rulebookKeyForParent } from "@/db/queries/care-rulebooks";
import { findGroupFor } from "@/db/queries/groups";
import { childProblemOn } from "@/lib/care/post/children";
import type { Audience, PostInput } from "@/lib/care/post/schema";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { notify } from "@/lib/notify/workflows/notify";
import { newRecipients, widenAtFor, widensTooLate } from "../widening";

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
    const widenAt = input.widen ? widenAtFor(now, input.widen.delay) : null;
    if (input.widen && widenAt) {
      if (widensTooLate(widenAt, input.startAt))
        throw new AppError("invalid_input", { key: "field.care_widen_after_start", field: "widenAfter" });
      // The second audience follows the same rules as the first, and must add someone.
      const second = await widenAudienceOf(tx, parentId, input.widen);
      if (newRecipients(second, recipients, parentId).length === 0)
        throw new AppError("invalid_input", { key: "field.care_widen_no_one_new", field: "widenGroupId" });
    }

    const { childIds: _ids, audience, widen, ...fields } = input;
    const rulebookKey = await rulebookKeyForParent(tx, parentId);
    const requestId = await insertCareRequest(tx, {
      ...fields,
      parentId,
      audienceGroupId: audience.kind === "group" ? audience.groupId : null,
      widenGroupId: widen?.groupId ?? null,
      widenUserIds: widen ? widen.userIds : null,
      widenAt,
      rulebookKey,
      // The care keeps the version in force when it was asked for, whatever is edited later.
      rulebookVersion: await currentRulebookVersion(tx, rulebookKey),
      createdAt: now,
      updatedAt: now,
    });
    await insertRequestChildren(
      tx,
      requestId,
      kids.map((k) => k.id),
    );
    await insertRecipients(tx, requestId, recipients);

    const data = { name: parent.displayName, start: input.startAt.toISOString() };
    await notify(
      tx,
      recipients.map((userId) => ({ userId, kind: "care_request_received", requestId, data })),
    );
    return requestId;
  });
}

/**
 * Who a widening asks: the chosen connections and the parent's connections in the chosen group,
 * by the same rules as the first audience (a group with none of them adds nobody rather than failing).
 */
export async function widenAudienceOf(tx: Db, parentId: string, widen: { groupId: string | null; userIds: string[] }): Promise<string[]> {
  const partners = await usablePartners(tx, parentId);
  if (widen.userIds.some((id) => !partners.has(id)))
    throw new AppError("invalid_input", { key: "field.care_not_connection", field: "widenRecipients" });
  const people = widen.userIds;
  if (!widen.groupId) return people;
  if (!isUuid(widen.groupId) || !(await findGroupFor(tx, widen.groupId, parentId))) throw notFound();
  const group = (await groupMembersBesides(tx, widen.groupId, parentId)).filter((id) => partners.has(id));
  return [...new Set([...people, ...group])];
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
  const asked = (await groupMembersBesides(tx, audience.groupId, parentId)).filter((id) => partners.has(id));
  if (asked.length === 0) throw new AppError("invalid_input", { key: "field.care_group_no_connections", field: "groupId" });
  return asked;
}
