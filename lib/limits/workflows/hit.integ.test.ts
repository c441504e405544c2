import { count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { LIMITS } from "@/lib/limits/limits";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { hitLimits, pruneLimits, withinLimits } from "./hit";

describe.each(testDbKindsOf(import.meta.url))("rate limits on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
  });
  afterAll(async () => h?.close());

  const now = new Date("2026-11-30T10:30:00+09:00");
  const rows = async () => (await h.db.select({ n: count() }).from(rateLimits))[0]!.n;
  const hitsOf = async () => (await h.db.select({ n: sql<number>`coalesce(sum(${rateLimits.hits}), 0)::int` }).from(rateLimits))[0]!.n;
  const tryOnce = (subject: string, at = now) =>
    h.db
      .transaction((tx) => hitLimits(tx, [{ limit: "phoneCodeByMember", subject }], at))
      .then(
        () => "allowed",
        (e: { code?: string }) => e.code,
      );

  it("allows the maximum, then refuses with rate_limited and counts nothing more", async () => {
    const max = LIMITS.phoneCodeByMember.max;
    const outcomes = [];
    for (let i = 0; i < max + 3; i++) outcomes.push(await tryOnce("member-a"));
    expect(outcomes.filter((o) => o === "allowed")).toHaveLength(max);
    expect(outcomes.slice(max)).toEqual(["rate_limited", "rate_limited", "rate_limited"]);
    expect(await hitsOf()).toBe(max);
    expect(await withinLimits(h.db, [{ limit: "phoneCodeByMember", subject: "member-a" }], now)).toBe(false);
    // Another subject has its own count.
    expect(await tryOnce("member-b")).toBe("allowed");
    expect(await withinLimits(h.db, [{ limit: "phoneCodeByMember", subject: "member-b" }], now)).toBe(true);
  });

  it("refuses the whole try when any of its limits is over, keeping none of its counts", async () => {
    const before = await hitsOf();
    const both = (tx: Parameters<Parameters<typeof h.db.transaction>[0]>[0]) =>
      hitLimits(
        tx,
        [
          { limit: "searchHour", subject: "member-c" },
          { limit: "phoneCodeByMember", subject: "member-a" },
        ],
        now,
        "connections.too_many_searches",
      );
    await expect(h.db.transaction(both)).rejects.toMatchObject({ code: "rate_limited", messageKey: "connections.too_many_searches" });
    expect(await hitsOf()).toBe(before);
  });

  it("lets the previous window fade out, and the clock sweep deletes counts no limit reads", async () => {
    const dayLater = new Date(now.getTime() + 24 * 3_600_000);
    // 1.5 h into the next day's window, floor(5 × 22.5/24) = 4 of yesterday's tries still count.
    expect(await tryOnce("member-a", dayLater)).toBe("allowed");
    expect(await tryOnce("member-a", dayLater)).toBe("rate_limited");
    expect(await tryOnce("member-a", new Date(dayLater.getTime() + 24 * 3_600_000))).toBe("allowed");
    const kept = await rows();
    // Three days on, only the last window is within the two days a limit can look back.
    expect(await pruneLimits(h.db, new Date(now.getTime() + 3 * 24 * 3_600_000))).toBe(kept - 1);
    expect(await h.db.select({ hits: rateLimits.hits }).from(rateLimits)).toEqual([{ hits: 1 }]);
  });
});
