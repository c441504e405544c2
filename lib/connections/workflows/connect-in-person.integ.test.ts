import { count, eq, or } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import type { DbHandle } from "@/db/client";
import { findPendingBetween } from "@/db/queries/connection-requests";
import { areConnected, findConnection, insertConnection, personalToken, rotatePersonalToken } from "@/db/queries/connections";
import { connectionRequests, connections, pairGuards } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { haveMet } from "@/lib/connections/met";
import { presenceCode } from "@/lib/connections/presence";
import { TEST_PRESENCE_KEY as key, meetInPerson } from "@/test/connections";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { newMember } from "@/test/members";
import { refusal } from "@/test/refusal";
import { blockMember } from "./block";
import { connectInPerson } from "./connect-in-person";
import { removeConnection } from "./remove-connection";
import { requestByLink } from "./request-by-link";
import { sendRequest } from "./request-connection";

const now = new Date("2026-11-30T10:00:20+09:00");
const minutesLater = (m: number) => new Date(now.getTime() + m * 60_000);

/** Rows the connect workflow could write, for the pair. */
async function footprint(db: Db, a: string, b: string) {
  const [c] = await db
    .select({ n: count() })
    .from(connections)
    .where(or(eq(connections.userA, a), eq(connections.userB, a)));
  const [r] = await db.select({ n: count() }).from(connectionRequests).where(eq(connectionRequests.status, "pending"));
  const [g] = await db
    .select({ n: count() })
    .from(pairGuards)
    .where(or(eq(pairGuards.userA, a), eq(pairGuards.userB, a)));
  return { connections: c?.n, pending: r?.n, guards: g?.n, pair: await findPendingBetween(db, a, b) };
}

describe.each(testDbKindsOf(import.meta.url))("connecting in person on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());
  const pair = async (tag: string) => ({
    a: await newMember(h.db, { name: `甲 ${tag}`, kana: "こう" }),
    b: await newMember(h.db, { name: `乙 ${tag}`, kana: "おつ" }),
  });

  it("connects with the live code from the owner's screen: in person, both met, open requests closed", async () => {
    const { a, b } = await pair("一");
    await sendRequest(h.db, a.id, b.id, now);
    expect(await meetInPerson(h.db, a.id, b.id, now)).toEqual({ otherId: b.id, created: true });
    const c = await findConnection(h.db, b.id, a.id);
    expect(c).toMatchObject({ provenance: "in_person", aMetAt: now, bMetAt: now });
    expect(haveMet(c!)).toBe(true);
    expect(await findPendingBetween(h.db, a.id, b.id)).toBeNull();
    // Scanning again changes nothing.
    expect(await meetInPerson(h.db, a.id, b.id, minutesLater(5))).toEqual({ otherId: b.id, created: false });
    expect(await findConnection(h.db, a.id, b.id)).toEqual(c);
  });

  it("accepts a code shown just before the minute turned, tapped in the next minute", async () => {
    const { a, b } = await pair("二");
    const token = await personalToken(h.db, b.id);
    const code = presenceCode(key, token, new Date("2026-11-30T10:00:59.900+09:00"));
    const tapped = new Date("2026-11-30T10:01:45+09:00");
    expect(await connectInPerson(h.db, a.id, { token, code }, tapped, key)).toMatchObject({ created: true });
  });

  it("refuses a code two minutes old, and writes nothing", async () => {
    const { a, b } = await pair("三");
    await sendRequest(h.db, a.id, b.id, now);
    const token = await personalToken(h.db, b.id);
    const code = presenceCode(key, token, now);
    const before = await footprint(h.db, a.id, b.id);
    const tap = connectInPerson(h.db, a.id, { token, code }, minutesLater(2), key);
    expect(await refusal(tap)).toEqual({ code: "invalid_input", key: "connections.presence_expired" });
    expect(await footprint(h.db, a.id, b.id)).toEqual(before);
    expect(await areConnected(h.db, a.id, b.id)).toBe(false);
  });

  it("does not connect on the plain link, a tampered code, another member's code or another key's", async () => {
    const { a, b } = await pair("四");
    const other = await newMember(h.db, { name: "丙 四", kana: "へい" });
    const token = await personalToken(h.db, b.id);
    const good = presenceCode(key, token, now);
    const tampered = `${good.slice(0, -1)}${good.endsWith("A") ? "B" : "A"}`;
    const othersCode = presenceCode(key, await personalToken(h.db, other.id), now);
    const foreign = presenceCode("another-key-that-is-long-enough-000000000", token, now);
    const before = await footprint(h.db, a.id, b.id);
    for (const code of [undefined, "", tampered, othersCode, foreign]) {
      expect(await refusal(connectInPerson(h.db, a.id, { token, code }, now, key))).toEqual({
        code: "invalid_input",
        key: "connections.presence_expired",
      });
    }
    expect(await footprint(h.db, a.id, b.id)).toEqual(before);
  });

  it("turns an at-a-distance connection into met for both", async () => {
    const { a, b } = await pair("五");
    await h.db.transaction((tx) => insertConnection(tx, a.id, b.id, "distance", now, false));
    expect(await meetInPerson(h.db, b.id, a.id, minutesLater(1))).toEqual({ otherId: a.id, created: false });
    const c = await findConnection(h.db, a.id, b.id);
    expect(c).toMatchObject({ provenance: "distance", aMetAt: minutesLater(1), bMetAt: minutesLater(1) });
    expect(haveMet(c!)).toBe(true);
  });

  it("names nothing for one's own, an unknown, a rotated, a blocked or a suspended owner's link, even with a live code", async () => {
    const { a, b } = await pair("六");
    const token = await personalToken(h.db, b.id);
    const live = (t: string) => ({ token: t, code: presenceCode(key, t, now) });
    const notFound = { code: "not_found", key: "not_found" };
    expect(await refusal(connectInPerson(h.db, b.id, live(token), now, key))).toEqual(notFound);
    expect(await refusal(connectInPerson(h.db, a.id, live("no-such-token"), now, key))).toEqual(notFound);
    const fresh = await rotatePersonalToken(h.db, b.id, now);
    expect(await refusal(connectInPerson(h.db, a.id, live(token), now, key))).toEqual(notFound);
    const off = await newMember(h.db, { name: "停止 六", kana: "ていし", status: "suspended" });
    expect(await refusal(meetInPerson(h.db, a.id, off.id, now))).toEqual(notFound);
    await blockMember(h.db, b.id, a.id, now);
    expect(await refusal(connectInPerson(h.db, a.id, live(fresh), now, key))).toEqual(notFound);
    expect(await areConnected(h.db, a.id, b.id)).toBe(false);
  });

  it("a rotated link works again under its new token; either side may end the connection", async () => {
    const { a, b } = await pair("七");
    const fresh = await rotatePersonalToken(h.db, b.id, now);
    expect(await connectInPerson(h.db, a.id, { token: fresh, code: presenceCode(key, fresh, now) }, now, key)).toMatchObject({
      created: true,
    });
    await expect(removeConnection(h.db, a.id, b.id)).resolves.toBeUndefined();
    expect(await findConnection(h.db, b.id, a.id)).toBeNull();
    await expect(removeConnection(h.db, b.id, a.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(removeConnection(h.db, b.id, b.id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe.each(testDbKindsOf(import.meta.url))("a link sent at a distance on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());

  it("starts the digits handshake, even from another town, and reuses the open request", async () => {
    const a = await newMember(h.db, { name: "遠 一", kana: "とお いち", town: "あおば町" });
    const b = await newMember(h.db, { name: "近 二", kana: "ちか に" });
    const token = await personalToken(h.db, b.id);
    const requestId = await requestByLink(h.db, a.id, token, now);
    expect(await findPendingBetween(h.db, a.id, b.id)).toMatchObject({ id: requestId, fromUser: a.id, toUser: b.id });
    expect(await areConnected(h.db, a.id, b.id)).toBe(false);
    expect(await requestByLink(h.db, a.id, token, now)).toBe(requestId);
  });

  it("refuses one's own, an unknown or a blocked owner's link, and says so when already connected", async () => {
    const a = await newMember(h.db, { name: "遠 三", kana: "とお さん" });
    const b = await newMember(h.db, { name: "近 四", kana: "ちか よん" });
    const c = await newMember(h.db, { name: "近 五", kana: "ちか ご" });
    const token = await personalToken(h.db, b.id);
    expect(await refusal(requestByLink(h.db, b.id, token, now))).toMatchObject({ code: "not_found" });
    expect(await refusal(requestByLink(h.db, a.id, "no-such-token", now))).toMatchObject({ code: "not_found" });
    await meetInPerson(h.db, a.id, b.id, now);
    expect(await refusal(requestByLink(h.db, a.id, token, now))).toEqual({ code: "conflict", key: "connections.already_connected" });
    await blockMember(h.db, b.id, c.id, now);
    expect(await refusal(requestByLink(h.db, c.id, token, now))).toMatchObject({ code: "not_found" });
    expect(await findPendingBetween(h.db, b.id, c.id)).toBeNull();
  });
});
