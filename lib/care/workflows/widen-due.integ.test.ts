import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { addOwner, insertGroup, joinGroup } from "@/db/queries/groups";
import { careRecipients, careRequests, deliveries, notifications } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { BEFORE, child, connect, createCareTestDb, members, ok, request } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { answerCareRequest } from "./answer";
import { postCareRequest } from "./post-request";
import { widenDueRequests } from "./widen-due";

const AT = new Date(BEFORE.getTime() + 60 * 60_000);
const after = (ms: number) => new Date(AT.getTime() + ms);

describe.each(testDbKindsOf(import.meta.url))("the widening ask on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  /** A parent asking `first`, widening to a group with `inGroup` (and `stranger`, not a connection) after an hour. */
  async function posted() {
    const [parent, first, inGroup, alsoFirst, stranger] = await members(h.db, "親", "甲", "乙", "丙", "丁");
    for (const m of [first, inGroup, alsoFirst]) await connect(h.db, parent, m);
    const groupId = await insertGroup(h.db, {
      name: "ひまわり",
      kind: "nursery",
      municipalityId: null,
      createdBy: parent,
      createdAt: BEFORE,
    });
    await addOwner(h.db, groupId, parent, BEFORE);
    for (const m of [inGroup, alsoFirst, stranger]) await joinGroup(h.db, groupId, m, BEFORE);
    const kid = await child(h.db, parent, "2020-01-01");
    const widen = { groupId, userIds: [], delay: 60 as const };
    const id = await postCareRequest(h.db, parent, request([kid], [first, alsoFirst], { widen }), BEFORE);
    return { parent, first, inGroup, alsoFirst, stranger, id, groupId };
  }
  const asked = async (id: string) =>
    (await h.db.select().from(careRecipients).where(eq(careRecipients.requestId, id))).map((r) => r.userId).sort();
  const kindsFor = async (userId: string, requestId: string) =>
    (
      await h.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.requestId, requestId)))
    ).map((n) => n.kind);

  it("after the delay asks the group's connections not asked yet, once, and tells the parent", async () => {
    const r = await posted();
    expect(await widenDueRequests(h.db, after(-1))).toBe(0);
    expect(await asked(r.id)).toEqual([r.first, r.alsoFirst].sort());

    const runs = await Promise.all([widenDueRequests(h.db, AT), widenDueRequests(h.db, after(1000))]);
    expect(runs.sort()).toEqual([0, 1]);
    expect(await widenDueRequests(h.db, after(60_000))).toBe(0);
    // The stranger in the group is no connection: never asked. alsoFirst was asked already.
    expect(await asked(r.id)).toEqual([r.first, r.alsoFirst, r.inGroup].sort());
    expect(await kindsFor(r.inGroup, r.id)).toEqual(["care_request_received"]);
    expect(await kindsFor(r.alsoFirst, r.id)).toEqual(["care_request_received"]);
    expect(await kindsFor(r.stranger, r.id)).toEqual([]);
    expect(await kindsFor(r.parent, r.id)).toEqual(["care_widened"]);
    const [row] = await h.db.select().from(careRequests).where(eq(careRequests.id, r.id));
    expect(row!.widenedAt).not.toBeNull();
    // The new recipient gets the e-mail of any request.
    const [mail] = await h.db.select().from(deliveries).where(eq(deliveries.userId, r.inGroup));
    expect(mail?.state).toBe("waiting");
  });

  it("does nothing once someone said OK, or once the start has passed", async () => {
    const offered = await posted();
    await answerCareRequest(h.db, offered.first, ok(offered.id), BEFORE);
    const late = await posted();
    const start = new Date("2026-11-25T17:00:00+09:00");
    expect(await widenDueRequests(h.db, start)).toBe(0);
    expect(await asked(late.id)).toHaveLength(2);
    expect(await widenDueRequests(h.db, AT)).toBeGreaterThanOrEqual(1);
    expect(await asked(offered.id)).toEqual([offered.first, offered.alsoFirst].sort());
    expect(await kindsFor(offered.parent, offered.id)).not.toContain("care_widened");
  });

  it("refuses, changing nothing, a widening that adds nobody", async () => {
    const [parent, first] = await members(h.db, "親", "甲");
    await connect(h.db, parent, first);
    const kid = await child(h.db, parent, "2020-01-01");
    const widen = { groupId: null, userIds: [first], delay: 60 as const };
    const refused = await postCareRequest(h.db, parent, request([kid], [first], { widen }), BEFORE).catch((e) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("invalid_input");
    // Someone who is not a connection cannot be asked later either.
    const stranger = (await members(h.db, "外"))[0];
    const toStranger = { groupId: null, userIds: [stranger], delay: 60 as const };
    const refusedToo = await postCareRequest(h.db, parent, request([kid], [first], { widen: toStranger }), BEFORE).catch((e) => e);
    expect((refusedToo as AppError).code).toBe("invalid_input");
    expect(await h.db.select().from(careRequests).where(eq(careRequests.parentId, parent))).toHaveLength(0);
  });
});
