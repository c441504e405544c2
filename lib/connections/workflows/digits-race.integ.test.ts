import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { digitAttempts } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { LIMITS } from "@/lib/limits/limits";
import { createTestDb } from "@/test/db";
import { newMember } from "@/test/members";
import { sendRequest } from "./request-connection";
import { type DigitsOutcome, tryDigits } from "./verify-digits";

// Only real PostgreSQL has parallel connections: this is where the pair's row lock must hold.
describe("parallel digit tries on postgres", () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb("postgres");
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());

  const triesOf = async (userId: string) =>
    (await h.db.select({ n: count() }).from(digitAttempts).where(eq(digitAttempts.attemptedBy, userId)))[0]!.n;
  const tally = (outcomes: DigitsOutcome[]) =>
    outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.kind]: (acc[o.kind] ?? 0) + 1 }), {});

  it("evaluates no more than five of twenty wrong tries fired at once; the rest are refused as locked", async () => {
    const e = await newMember(h.db, { name: "並行 一", kana: "へいこう いち" });
    const f = await newMember(h.db, { name: "並行 二", kana: "へいこう に", phone: "+819012340000" });
    const requestId = await sendRequest(h.db, e.id, f.id, new Date());
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => tryDigits(h.db, e.id, requestId, "9999", new Date())));

    expect(await triesOf(e.id)).toBe(5);
    // Four were told how many tries were left, the fifth that it locked the pair, fifteen were refused.
    expect(tally(outcomes)).toEqual({ wrong: 4, locked: 16 });
    expect(
      outcomes
        .filter((o) => o.kind === "wrong")
        .map((o) => (o as { remaining: number }).remaining)
        .sort(),
    ).toEqual([1, 2, 3, 4]);
  });

  it("holds when both sides of the pair try at once, and the right digits do not slip through", async () => {
    const g = await newMember(h.db, { name: "並行 三", kana: "へいこう さん", phone: "+819012341111" });
    const k = await newMember(h.db, { name: "並行 四", kana: "へいこう よん", phone: "+819012342222" });
    const requestId = await sendRequest(h.db, g.id, k.id, new Date());
    const wrongs = Array.from({ length: 20 }, (_, i) =>
      i % 2 ? tryDigits(h.db, g.id, requestId, "0000", new Date()) : tryDigits(h.db, k.id, requestId, "0000", new Date()),
    );
    await Promise.all(wrongs);
    expect((await triesOf(g.id)) + (await triesOf(k.id))).toBe(5);
    expect(await tryDigits(h.db, g.id, requestId, "2222", new Date())).toMatchObject({ kind: "locked" });
  });

  it("records at most the per-target limit of 30 tries fired at once from six accounts at one member", async () => {
    const target = await newMember(h.db, { name: "標的 一", kana: "ひょうてき いち", phone: "+819012343333" });
    const tryers = await Promise.all(Array.from({ length: 6 }, (_, i) => newMember(h.db, { name: `試行 ${i}`, kana: `しこう ${i}` })));
    const requests = await Promise.all(tryers.map((t) => sendRequest(h.db, t.id, target.id, new Date())));
    const now = new Date();
    const tries = tryers.flatMap((t, i) => Array.from({ length: 5 }, () => tryDigits(h.db, t.id, requests[i]!, "0000", now)));
    const settled = await Promise.allSettled(tries);
    const atTarget = (await h.db.select({ n: count() }).from(digitAttempts).where(eq(digitAttempts.userB, target.id)))[0]!.n;
    const atTargetA = (await h.db.select({ n: count() }).from(digitAttempts).where(eq(digitAttempts.userA, target.id)))[0]!.n;
    expect(atTarget + atTargetA).toBe(LIMITS.digitsAtTarget.max);
    const refused = settled.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
    expect(refused).toHaveLength(30 - LIMITS.digitsAtTarget.max);
    expect(new Set(refused.map((e: { messageKey?: string }) => e.messageKey))).toEqual(new Set(["connections.too_many_tries"]));
    // Even the right digits are refused now, without being compared.
    const fresh = await newMember(h.db, { name: "試行 七", kana: "しこう なな" });
    const again = await sendRequest(h.db, fresh.id, target.id, now);
    await expect(tryDigits(h.db, fresh.id, again, "3333", now)).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("limits one member's tries across many targets", async () => {
    const tryer = await newMember(h.db, { name: "総当 一", kana: "そうあたり いち" });
    const targets = await Promise.all(Array.from({ length: 6 }, (_, i) => newMember(h.db, { name: `的 ${i}`, kana: `まと ${i}` })));
    const requests = await Promise.all(targets.map((t) => sendRequest(h.db, tryer.id, t.id, new Date())));
    const now = new Date();
    // Four wrong tries at each of six targets: within every pair's lockout, beyond the member's limit.
    const settled = await Promise.allSettled(
      requests.flatMap((r) => Array.from({ length: 4 }, () => tryDigits(h.db, tryer.id, r, "0000", now))),
    );
    expect(await triesOf(tryer.id)).toBe(LIMITS.digitsByTryer.max);
    expect(settled.filter((r) => r.status === "rejected")).toHaveLength(24 - LIMITS.digitsByTryer.max);
  });
});
