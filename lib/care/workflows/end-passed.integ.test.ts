import { count, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { careRequests, notifications } from "@/db/schema";
import { sweepOnce } from "@/lib/jobs/workflows/clock-sweep";
import { BEFORE, child, connect, createCareTestDb, member, ok, request } from "@/test/care-data";
import { testDbKinds } from "@/test/db";
import { answerCareRequest } from "./answer";
import { chooseHelper } from "./choose";
import { storeEndPassed } from "./end-passed";
import { postCareRequest } from "./post-request";
import { step, withCare } from "./with-care";

const END = new Date("2026-11-25T18:30:00+09:00");

describe.each(testDbKinds)("the end of a care on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  /** A parent and a helper who said OK to a request; `chosen` matches them. */
  async function care(o: { chosen: boolean; over?: Parameters<typeof request>[2] }) {
    const [parent, helper] = [await member(h.db, "親"), await member(h.db, "甲")];
    await connect(h.db, parent, helper);
    const id = await postCareRequest(h.db, parent, request([await child(h.db, parent, "2020-01-01")], [helper], o.over), BEFORE);
    await answerCareRequest(h.db, helper, ok(id), BEFORE);
    if (o.chosen) await chooseHelper(h.db, { parentId: parent, requestId: id, helperId: helper, now: BEFORE, adultAge: 18 });
    return { parent, helper, id };
  }
  const stored = async (ids: string[]) =>
    Object.fromEntries((await h.db.select().from(careRequests).where(inArray(careRequests.id, ids))).map((r) => [r.id, r.state]));
  const notices = async () => (await h.db.select({ n: count() }).from(notifications))[0]!.n;

  it("stores awaiting_report once the end passes, once even when several sweeps run at once, and leaves the rest", async () => {
    const ended = await care({ chosen: true });
    const later = await care({
      chosen: true,
      over: { startAt: new Date("2026-11-26T09:00:00+09:00"), endAt: new Date("2026-11-26T10:00:00+09:00") },
    });
    const offered = await care({ chosen: false });
    const told = await notices();

    expect(await storeEndPassed(h.db, new Date(END.getTime() - 1))).toBe(0);
    // Open the connections first, so the sweeps really run side by side on PostgreSQL.
    await Promise.all(Array.from({ length: 6 }, () => h.db.execute(sql`select pg_sleep(0.05)`)));
    const results = await Promise.all(Array.from({ length: 6 }, () => storeEndPassed(h.db, END)));
    expect(results.sort()).toEqual([0, 0, 0, 0, 0, 1]);
    expect(await stored([ended.id, later.id, offered.id])).toEqual({
      [ended.id]: "awaiting_report",
      [later.id]: "matched",
      [offered.id]: "offered",
    });
    const [row] = await h.db.select().from(careRequests).where(eq(careRequests.id, ended.id));
    expect(row).toMatchObject({ updatedAt: END, closedAt: null, helperId: ended.helper });
    expect(await notices()).toBe(told);

    // The stored state is one the helper can report on.
    const next = await h.db.transaction(async (tx) =>
      step(await withCare(tx, ended.id, ended.helper, ["helper"], END), { type: "report" }, "helper", END),
    );
    expect(next).toBe("reported");
  });

  it("runs with expiry on each tick of the clock sweep, and the next tick finds nothing to do", async () => {
    const start = new Date("2026-11-27T09:00:00+09:00");
    const end = new Date("2026-11-27T10:00:00+09:00");
    const matched = await care({ chosen: true, over: { startAt: start, endAt: end } });
    const open = await care({ chosen: false, over: { startAt: start, endAt: end } });
    const first = await sweepOnce(h.db, end);
    expect(first.expired).toBeGreaterThanOrEqual(1);
    expect(first.ended).toBeGreaterThanOrEqual(1);
    expect(await stored([matched.id, open.id])).toEqual({ [matched.id]: "awaiting_report", [open.id]: "expired" });
    expect(await sweepOnce(h.db, end)).toEqual({ expired: 0, ended: 0, pruned: 0, reminded: 0 });
  });
});
