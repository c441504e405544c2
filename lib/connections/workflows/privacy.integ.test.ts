import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { findPendingBetween } from "@/db/queries/connection-requests";
import { areConnected, isBlockedEitherWay } from "@/db/queries/connections";
import { joinGroup } from "@/db/queries/groups";
import { loadProfile, mutualConnections, searchMembers } from "@/db/queries/profiles";
import { seedDemo } from "@/db/seed/town";
import { createGroup } from "@/lib/groups/workflows/create-group";
import { meetInPerson } from "@/test/connections";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { newMember } from "@/test/members";
import { blockMember } from "./block";
import { sendRequest } from "./request-connection";
import { unblockMember } from "./unblock";

const now = new Date("2026-11-24T09:00:00+09:00");
const today = "2026-11-24";

describe.each(testDbKindsOf(import.meta.url))("who sees whom on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());
  const connect = (a: string, b: string) => meetInPerson(h.db, a, b, now);

  it("shows connections the full profile, neighbours the name and town only, and strangers nothing", async () => {
    const me = await newMember(h.db, { name: "青山 一郎", kana: "あおやま いちろう" });
    const friend = await newMember(h.db, { name: "赤坂 花", kana: "あかさか はな" });
    const neighbour = await newMember(h.db, { name: "白石 光", kana: "しらいし ひかる" });
    const faraway = await newMember(h.db, { name: "黒田 海", kana: "くろだ うみ", town: "あおば町" });
    await connect(me.id, friend.id);

    const full = await loadProfile(h.db, me.id, friend.id, today);
    expect(full?.view).toBe("full");
    expect(full?.profile).toMatchObject({ displayName: "赤坂 花", nameKana: "あかさか はな", completedCares: 0, badges: [] });
    const limited = await loadProfile(h.db, me.id, neighbour.id, today);
    expect(limited).toMatchObject({ view: "limited" });
    expect(Object.keys(limited!.profile).sort()).toEqual(["displayName", "municipality", "userId"]);
    expect(await loadProfile(h.db, me.id, faraway.id, today)).toBeNull();
    expect(await loadProfile(h.db, me.id, "00000000-0000-4000-8000-000000000000", today)).toBeNull();

    // A shared group makes someone from another town findable by name, never more.
    const group = await createGroup(h.db, me.id, { name: "テスト組", kind: "nursery" }, now);
    await joinGroup(h.db, group, faraway.id, now);
    expect(await loadProfile(h.db, me.id, faraway.id, today)).toMatchObject({ view: "limited" });
  });

  it("shows a connection only the connections the two have in common", async () => {
    const a = await newMember(h.db, { name: "共 通", kana: "きょう つう" });
    const b = await newMember(h.db, { name: "友 達", kana: "とも だち" });
    const both = await newMember(h.db, { name: "両 方", kana: "りょう ほう" });
    const onlyB = await newMember(h.db, { name: "片 方", kana: "かた ほう" });
    await connect(a.id, b.id);
    await connect(a.id, both.id);
    await connect(b.id, both.id);
    await connect(b.id, onlyB.id);
    expect((await mutualConnections(h.db, a.id, b.id)).map((m) => m.userId)).toEqual([both.id]);
  });

  it("finds neighbours by kanji, hiragana, katakana or half-width kana, with or without spaces", async () => {
    const me = await newMember(h.db, { name: "検索 する人", kana: "けんさく するひと" });
    const target = await newMember(h.db, { name: "小鳥遊 ひより", kana: "たかなし ひより" });
    await newMember(h.db, { name: "小鳥遊 遠方", kana: "たかなし えんぽう", town: "あおば町" });
    await newMember(h.db, { name: "小鳥遊 停止", kana: "たかなし ていし", status: "suspended" });
    for (const q of ["小鳥遊", "小鳥遊 ひより", "たかなしひより", "タカナシ", "ﾀｶﾅｼ ﾋﾖﾘ", "たかなし　ひ"]) {
      expect(
        (await searchMembers(h.db, me.id, q)).map((r) => r.userId),
        q,
      ).toEqual([target.id]);
    }
    expect(await searchMembers(h.db, me.id, "   ")).toEqual([]);
    expect(await searchMembers(h.db, me.id, "検索")).toEqual([]);
    const [row] = await searchMembers(h.db, me.id, "ひより");
    expect(Object.keys(row!).sort()).toEqual(["displayName", "districtEn", "districtJa", "userId"]);
  });

  it("blocking ends the connection and open requests, hides each from the other, and stops requests both ways", async () => {
    const x = await newMember(h.db, { name: "妨害 太郎", kana: "ぼうがい たろう" });
    const y = await newMember(h.db, { name: "被害 花子", kana: "ひがい はなこ" });
    const z = await newMember(h.db, { name: "無関係 次郎", kana: "むかんけい じろう" });
    await connect(x.id, y.id);
    await sendRequest(h.db, x.id, z.id, now);
    await sendRequest(h.db, y.id, z.id, now);

    await blockMember(h.db, y.id, x.id, now);
    expect(await areConnected(h.db, x.id, y.id)).toBe(false);
    expect(await isBlockedEitherWay(h.db, x.id, y.id)).toBe(true);
    expect(await searchMembers(h.db, x.id, "被害")).toEqual([]);
    expect(await searchMembers(h.db, y.id, "妨害")).toEqual([]);
    expect(await loadProfile(h.db, x.id, y.id, today)).toBeNull();
    expect(await loadProfile(h.db, y.id, x.id, today)).toBeNull();
    await expect(sendRequest(h.db, x.id, y.id, now)).rejects.toMatchObject({ code: "not_found" });
    await expect(sendRequest(h.db, y.id, x.id, now)).rejects.toMatchObject({ code: "not_found" });
    await expect(connect(x.id, y.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(connect(y.id, x.id)).rejects.toMatchObject({ code: "not_found" });
    // The blocked member cannot tell, not even by blocking back.
    await expect(blockMember(h.db, x.id, y.id, now)).rejects.toMatchObject({ code: "not_found" });
    // Others are untouched.
    expect(await findPendingBetween(h.db, x.id, z.id)).not.toBeNull();
    expect((await searchMembers(h.db, x.id, "無関係")).map((r) => r.userId)).toEqual([z.id]);
    // Only the one who blocked can lift it.
    await expect(unblockMember(h.db, x.id, y.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(unblockMember(h.db, y.id, x.id)).resolves.toBeUndefined();
    expect(await isBlockedEitherWay(h.db, x.id, y.id)).toBe(false);
  });

  it("blocking cancels an open request between the two", async () => {
    const p = await newMember(h.db, { name: "申請 中", kana: "しんせい ちゅう" });
    const q = await newMember(h.db, { name: "受信 者", kana: "じゅしん しゃ" });
    await sendRequest(h.db, p.id, q.id, now);
    await blockMember(h.db, q.id, p.id, now);
    expect(await findPendingBetween(h.db, p.id, q.id)).toBeNull();
  });

  it("does not let anyone ask a stranger from another town, a suspended member or themselves", async () => {
    const me = await newMember(h.db, { name: "依頼 者", kana: "いらい しゃ" });
    const far = await newMember(h.db, { name: "遠く の人", kana: "とおく のひと", town: "あおば町" });
    const off = await newMember(h.db, { name: "停止 中", kana: "ていし ちゅう", status: "suspended" });
    for (const target of [far.id, off.id, me.id]) {
      await expect(sendRequest(h.db, me.id, target, now)).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(connect(me.id, off.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
