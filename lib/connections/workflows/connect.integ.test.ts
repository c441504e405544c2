import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { findRequestFor, listPendingRequests } from "@/db/queries/connection-requests";
import { areConnected, findConnection, listConnections, markMet } from "@/db/queries/connections";
import { connectionRequests, digitAttempts } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { haveMet } from "@/lib/connections/met";
import { meetInPerson } from "@/test/connections";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { newMember } from "@/test/members";
import { cancelRequest } from "./cancel-request";
import { confirmMet } from "./confirm-met";
import { sendRequest } from "./request-connection";
import { tryDigits } from "./verify-digits";

const now = new Date("2026-11-24T09:00:00+09:00");

describe.each(testDbKindsOf(import.meta.url))("connecting on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());

  it("lists only the viewer's own connections and requests", async () => {
    const a = await newMember(h.db, { name: "丁 四", kana: "てい よん" });
    const b = await newMember(h.db, { name: "戊 五", kana: "ぼ ご" });
    const c = await newMember(h.db, { name: "己 六", kana: "き ろく" });
    await meetInPerson(h.db, a.id, b.id, now);
    const requestId = await sendRequest(h.db, b.id, c.id, now);
    expect((await listConnections(h.db, a.id)).map((r) => r.otherId)).toEqual([b.id]);
    expect((await listConnections(h.db, c.id)).map((r) => r.otherId)).toEqual([]);
    expect(await listPendingRequests(h.db, a.id)).toEqual([]);
    expect((await listPendingRequests(h.db, c.id)).map((r) => r.otherId)).toEqual([b.id]);
    expect(await findRequestFor(h.db, requestId, a.id)).toBeNull();
    await expect(cancelRequest(h.db, a.id, requestId, now)).rejects.toMatchObject({ code: "not_found" });
    await expect(tryDigits(h.db, a.id, requestId, "1234", now)).rejects.toMatchObject({ code: "not_found" });
    await expect(markMet(h.db, a.id, c.id, now)).resolves.toBeNull();
    await expect(confirmMet(h.db, a.id, c.id, now)).rejects.toMatchObject({ code: "not_found" });
    await expect(confirmMet(h.db, a.id, a.id, now)).rejects.toMatchObject({ code: "not_found" });
  });

  it("completes a distance request once each side has entered the other's digits, then both confirm meeting", async () => {
    const c = await newMember(h.db, { name: "庚 七", kana: "こう なな", phone: "+819011112222" });
    const d = await newMember(h.db, { name: "辛 八", kana: "しん はち", phone: "+818033334444" });
    const requestId = await sendRequest(h.db, c.id, d.id, now);
    // Asking again from either side goes to the same request.
    expect(await sendRequest(h.db, d.id, c.id, now)).toBe(requestId);

    expect(await tryDigits(h.db, c.id, requestId, "2222", now)).toEqual({ kind: "wrong", remaining: 4 });
    expect(await tryDigits(h.db, c.id, requestId, "4444", now)).toEqual({ kind: "verified", completed: false, otherId: d.id });
    expect(await areConnected(h.db, c.id, d.id)).toBe(false);
    // Entering again once verified is not another try.
    expect(await tryDigits(h.db, c.id, requestId, "0000", now)).toEqual({ kind: "verified", completed: false, otherId: d.id });
    expect(await tryDigits(h.db, d.id, requestId, "2222", now)).toEqual({ kind: "verified", completed: true, otherId: c.id });

    const connection = await findConnection(h.db, c.id, d.id);
    expect(connection).toMatchObject({ provenance: "distance", aMetAt: null, bMetAt: null });
    expect((await findRequestFor(h.db, requestId, c.id))?.status).toBe("completed");
    await expect(tryDigits(h.db, d.id, requestId, "2222", now)).rejects.toMatchObject({ code: "not_found" });
    await expect(sendRequest(h.db, c.id, d.id, now)).rejects.toMatchObject({ code: "conflict" });

    expect(haveMet((await markMet(h.db, c.id, d.id, now))!)).toBe(false);
    expect(haveMet((await markMet(h.db, d.id, c.id, now))!)).toBe(true);
  });

  it("keeps one open request per pair at the database level", async () => {
    const a = await newMember(h.db, { name: "壬 九", kana: "じん きゅう" });
    const b = await newMember(h.db, { name: "癸 十", kana: "き じゅう" });
    await sendRequest(h.db, a.id, b.id, now);
    const second = h.db.insert(connectionRequests).values({ fromUser: b.id, toUser: a.id });
    await expect(second).rejects.toSatisfy((e) => isUniqueViolation(e, "connection_requests_one_pending_per_pair"));
    const [n] = await h.db.select({ n: count() }).from(connectionRequests).where(eq(connectionRequests.fromUser, a.id));
    expect(n?.n).toBe(1);
  });

  it("locks a pair after five wrong tries and refuses even the right digits until the lock ends", async () => {
    const e = await newMember(h.db, { name: "江 戸", kana: "え ど" });
    const f = await newMember(h.db, { name: "府 中", kana: "ふ ちゅう", phone: "+819055556666" });
    const requestId = await sendRequest(h.db, e.id, f.id, now);
    for (const remaining of [4, 3, 2, 1]) {
      expect(await tryDigits(h.db, e.id, requestId, "0000", now)).toEqual({ kind: "wrong", remaining });
    }
    const until = new Date(now.getTime() + 24 * 3_600_000);
    expect(await tryDigits(h.db, e.id, requestId, "0000", now)).toEqual({ kind: "locked", until });
    expect(await tryDigits(h.db, e.id, requestId, "6666", now)).toEqual({ kind: "locked", until });
    // The pair is locked, not the person: the other side cannot try either.
    expect(await tryDigits(h.db, f.id, requestId, "1234", now)).toEqual({ kind: "locked", until });
    const tries = await h.db.select({ n: count() }).from(digitAttempts).where(eq(digitAttempts.attemptedBy, e.id));
    expect(tries[0]?.n).toBe(5);
    // A new request does not reset the count.
    await cancelRequest(h.db, f.id, requestId, now);
    const again = await sendRequest(h.db, f.id, e.id, now);
    expect(await tryDigits(h.db, e.id, again, "6666", now)).toEqual({ kind: "locked", until });
    expect(await tryDigits(h.db, e.id, again, "6666", until)).toMatchObject({ kind: "verified" });
    const [wrong] = await h.db
      .select({ n: count() })
      .from(digitAttempts)
      .where(and(eq(digitAttempts.attemptedBy, e.id), eq(digitAttempts.correct, false)));
    expect(wrong?.n).toBe(5);
  });
});
