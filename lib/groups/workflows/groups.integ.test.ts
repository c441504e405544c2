import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { findGroupByInvite, findGroupFor, listGroupMembers, listGroupsOf } from "@/db/queries/groups";
import { groups } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { blockMember } from "@/lib/connections/workflows/block";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { newMember } from "@/test/members";
import { createGroup } from "./create-group";
import { joinGroupByInvite } from "./join-group";
import { leaveGroup } from "./leave-group";
import { rotateInvite } from "./rotate-invite";

const now = new Date("2026-11-24T09:00:00+09:00");
const unknownId = "00000000-0000-4000-8000-000000000000";
const notFound = { code: "not_found" };

describe.each(testDbKindsOf(import.meta.url))("groups on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());
  const inviteOf = async (groupId: string) => (await h.db.select().from(groups).where(eq(groups.id, groupId)))[0]!.inviteToken;

  it("lets members join by invitation and see each other's names, and nobody else see anything", async () => {
    const owner = await newMember(h.db, { name: "園 長", kana: "えん ちょう" });
    const parent = await newMember(h.db, { name: "保 護者", kana: "ほ ごしゃ" });
    const outsider = await newMember(h.db, { name: "部 外者", kana: "ぶ がいしゃ" });
    const id = await createGroup(h.db, owner.id, { name: "さくら幼稚園 年中", kind: "kindergarten" }, now);
    const [row] = await h.db.select().from(groups).where(eq(groups.id, id));
    expect(await findGroupByInvite(h.db, row!.inviteToken)).toMatchObject({ id, name: "さくら幼稚園 年中", members: 1 });
    await joinGroupByInvite(h.db, parent.id, row!.inviteToken, now);
    await joinGroupByInvite(h.db, parent.id, row!.inviteToken, now);
    await expect(joinGroupByInvite(h.db, outsider.id, "no-such-token", now)).rejects.toMatchObject(notFound);

    expect((await listGroupMembers(h.db, id, parent.id)).map((m) => m.displayName)).toEqual(["園 長", "保 護者"]);
    expect(await listGroupMembers(h.db, id, outsider.id)).toEqual([]);
    expect(await findGroupFor(h.db, id, outsider.id)).toBeNull();
    expect(await findGroupFor(h.db, unknownId, owner.id)).toBeNull();
    expect((await listGroupsOf(h.db, parent.id)).map((g) => [g.name, g.role, g.members])).toEqual([["さくら幼稚園 年中", "member", 2]]);
    expect(await listGroupsOf(h.db, outsider.id)).toEqual([]);
  });

  it("hides a member blocked either way from the group's list", async () => {
    const a = await newMember(h.db, { name: "甲 組", kana: "こう ぐみ" });
    const b = await newMember(h.db, { name: "乙 組", kana: "おつ ぐみ" });
    const id = await createGroup(h.db, a.id, { name: "町内会", kind: "neighbourhood" }, now);
    await joinGroupByInvite(h.db, b.id, await inviteOf(id), now);
    await blockMember(h.db, b.id, a.id, now);
    expect((await listGroupMembers(h.db, id, a.id)).map((m) => m.userId)).toEqual([a.id]);
    expect((await listGroupMembers(h.db, id, b.id)).map((m) => m.userId)).toEqual([b.id]);
  });

  it("rotates the invitation for the owner only, passes ownership on and deletes an empty group", async () => {
    const owner = await newMember(h.db, { name: "持 主", kana: "も ちぬし" });
    const member = await newMember(h.db, { name: "会 員", kana: "かい いん" });
    const id = await createGroup(h.db, owner.id, { name: "川西小学校 PTA", kind: "school" }, now);
    const before = await inviteOf(id);
    await joinGroupByInvite(h.db, member.id, before, new Date(now.getTime() + 1000));
    await expect(rotateInvite(h.db, id, member.id)).rejects.toMatchObject(notFound);
    await expect(rotateInvite(h.db, id, owner.id)).resolves.toBeUndefined();
    expect(await findGroupByInvite(h.db, before)).toBeNull();

    await expect(leaveGroup(h.db, unknownId, owner.id)).rejects.toMatchObject(notFound);
    await expect(leaveGroup(h.db, id, owner.id)).resolves.toBeUndefined();
    expect((await findGroupFor(h.db, id, member.id))?.role).toBe("owner");
    await expect(leaveGroup(h.db, id, member.id)).resolves.toBeUndefined();
    expect(await h.db.select().from(groups).where(eq(groups.id, id))).toEqual([]);
  });
});
