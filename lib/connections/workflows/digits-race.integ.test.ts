import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { digitAttempts } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
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
});
