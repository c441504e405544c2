import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { requestDetail } from "@/db/queries/care-request-views";
import { insertBlock } from "@/db/queries/connections";
import { joinGroup } from "@/db/queries/groups";
import { careRecipients, careRequestChildren, careRequests, groupMembers, notifications } from "@/db/schema";
import { createGroup } from "@/lib/groups/workflows/create-group";
import { BEFORE, child, connect, createCareTestDb, member, members, request } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { refusal } from "@/test/refusal";
import { postCareRequest } from "./post-request";

/** What a refusal says: its code, catalogue key, values and field. */

describe.each(testDbKindsOf(import.meta.url))("posting a care request on %s", (kind) => {
  let h: DbHandle;
  const rows = async () => {
    const [r] = await h.db.select({ n: count() }).from(careRequests);
    const [n] = await h.db.select({ n: count() }).from(notifications);
    return { requests: r!.n, notifications: n!.n };
  };
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  it("stores the request, its children and recipients, under the default rulebook, and tells each recipient", async () => {
    const [parent, a, b] = [await member(h.db, "親"), await member(h.db, "甲"), await member(h.db, "乙")];
    await connect(h.db, parent, a);
    await connect(h.db, parent, b, false); // not met yet: may be asked, cannot be chosen until both confirm
    const kid = await child(h.db, parent, "2022-05-01", "はると");
    const id = await postCareRequest(h.db, parent, request([kid], [a, b], { notes: "よろしく" }), BEFORE);
    const [row] = await h.db.select().from(careRequests).where(eq(careRequests.id, id));
    expect(row).toMatchObject({
      parentId: parent,
      state: "open",
      rulebookKey: "default",
      helperId: null,
      notes: "よろしく",
      createdAt: BEFORE,
    });
    expect(await h.db.select().from(careRequestChildren).where(eq(careRequestChildren.requestId, id))).toEqual([
      { requestId: id, childId: kid },
    ]);
    const asked = await h.db.select().from(careRecipients).where(eq(careRecipients.requestId, id));
    expect(asked.map((r) => [r.userId, r.response]).sort()).toEqual(
      [
        [a, "none"],
        [b, "none"],
      ].sort(),
    );
    const told = await h.db.select().from(notifications).where(eq(notifications.requestId, id));
    expect(told.map((n) => n.userId).sort()).toEqual([a, b].sort());
    expect(told[0]).toMatchObject({
      kind: "care_request_received",
      data: { name: expect.stringMatching(/^親/), start: "2026-11-25T08:00:00.000Z" },
    });
  });

  it("uses the rulebook the parent's municipality adopted", async () => {
    const [parent, a] = [await member(h.db, "青葉", { town: "あおば町" }), await member(h.db, "甲")];
    await connect(h.db, parent, a);
    const id = await postCareRequest(h.db, parent, request([await child(h.db, parent, "2020-01-01")], [a]), BEFORE);
    const [row] = await h.db.select().from(careRequests).where(eq(careRequests.id, id));
    expect(row?.rulebookKey).toBe("famisapo_example");
  });

  it("asks the parent's connections in a group, and nobody else in it", async () => {
    const [parent, a, stranger, blocker] = [
      await member(h.db, "親"),
      await member(h.db, "甲"),
      await member(h.db, "他"),
      await member(h.db, "塞"),
    ];
    await connect(h.db, parent, a);
    await connect(h.db, parent, blocker);
    await insertBlock(h.db, blocker, parent, BEFORE);
    const group = await createGroup(h.db, parent, { name: "ひまわり組", kind: "nursery" }, BEFORE);
    for (const m of [a, stranger, blocker]) await joinGroup(h.db, group, m, BEFORE);
    const kid = await child(h.db, parent, "2019-01-01");
    const id = await postCareRequest(h.db, parent, request([kid], [], { audience: { kind: "group", groupId: group } }), BEFORE);
    const asked = await h.db.select({ userId: careRecipients.userId }).from(careRecipients).where(eq(careRecipients.requestId, id));
    expect(asked).toEqual([{ userId: a }]);
    expect((await h.db.select().from(careRequests).where(eq(careRequests.id, id)))[0]?.audienceGroupId).toBe(group);
  });

  it("refuses bad input and changes nothing", async () => {
    const [parent, a, other, stranger, blocked] = await members(h.db, "親", "甲", "他親", "他", "塞");
    await connect(h.db, parent, a);
    await connect(h.db, parent, blocked);
    await insertBlock(h.db, parent, blocked, BEFORE);
    const kid = await child(h.db, parent, "2020-01-01");
    const baby = await child(h.db, parent, "2026-03-01", "赤ちゃん");
    const teen = await child(h.db, parent, "2013-11-25", "中学生");
    const theirs = await child(h.db, other, "2020-01-01");
    const lonely = await createGroup(h.db, parent, { name: "だれもいない", kind: "other" }, BEFORE);
    const notMine = await createGroup(h.db, other, { name: "よその組", kind: "school" }, BEFORE);
    const before = await rows();
    const post = (over: Parameters<typeof request>[2], kids = [kid], asked = [a]) =>
      refusal(postCareRequest(h.db, parent, request(kids, asked, over), BEFORE), { values: true });

    expect(await post({}, [kid, theirs])).toMatchObject({ code: "not_found" });
    expect(await post({}, ["not-a-uuid"])).toMatchObject({ code: "not_found" });
    expect(await post({}, [kid, baby])).toEqual({
      code: "invalid_input",
      key: "field.care_child_too_young",
      values: { name: "赤ちゃん", age: 0 },
      field: "children",
    });
    expect(await post({}, [teen])).toEqual({
      code: "invalid_input",
      key: "field.care_child_too_old",
      values: { name: "中学生", age: 13 },
      field: "children",
    });
    expect(await post({}, [kid], [a, stranger])).toMatchObject({
      code: "invalid_input",
      key: "field.care_not_connection",
      field: "recipients",
    });
    expect(await post({}, [kid], [blocked])).toMatchObject({ key: "field.care_not_connection" });
    expect(await post({}, [kid], [parent])).toMatchObject({ key: "field.care_not_connection" });
    expect(await post({ audience: { kind: "group", groupId: lonely } })).toMatchObject({
      key: "field.care_group_no_connections",
      field: "groupId",
    });
    expect(await post({ audience: { kind: "group", groupId: notMine } })).toMatchObject({ code: "not_found" });
    expect(await post({ audience: { kind: "group", groupId: "nope" } })).toMatchObject({ code: "not_found" });
    expect(await rows()).toEqual(before);
    expect(await h.db.select().from(groupMembers).where(eq(groupMembers.groupId, lonely))).toHaveLength(1);
  });

  it("shows a request only to the parent and those asked (a stranger and a blocked recipient get null)", async () => {
    const [parent, a, b, stranger] = await members(h.db, "親", "甲", "乙", "他");
    await connect(h.db, parent, a);
    await connect(h.db, parent, b);
    const id = await postCareRequest(h.db, parent, request([await child(h.db, parent, "2020-01-01")], [a, b]), BEFORE);
    expect(await requestDetail(h.db, id, stranger)).toBeNull();
    expect(await requestDetail(h.db, "not-a-uuid", a)).toBeNull();
    const seen = await requestDetail(h.db, id, a);
    expect(seen).toMatchObject({ role: "recipient", helperName: null, recipients: [] });
    const own = await requestDetail(h.db, id, parent);
    expect(own?.recipients.map((r) => r.userId).sort()).toEqual([a, b].sort());
    await insertBlock(h.db, parent, b, BEFORE);
    expect(await requestDetail(h.db, id, b)).toBeNull();
  });
});
