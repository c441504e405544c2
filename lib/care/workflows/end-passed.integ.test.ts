import { and, count, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { careRequests, deliveries, notifications } from "@/db/schema";
import { BEFORE, child, connect, createCareTestDb, member, ok, request } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { sweepOnce } from "@/test/sweep";
import { answerCareRequest } from "./answer";
import { chooseHelper } from "./choose";
import { storeEndPassed } from "./end-passed";
import { postCareRequest } from "./post-request";
import { step, withCare } from "./with-care";

const END = new Date("2026-11-25T18:30:00+09:00");

describe.each(testDbKindsOf(import.meta.url))("the end of a care on %s", (kind) => {
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
    // The helper is asked to report, once however many sweeps ran, and an e-mail is enqueued for it.
    expect(await notices()).toBe(told + 1);
    const [asked] = await h.db.select().from(notifications).where(eq(notifications.kind, "after_report_due"));
    expect(asked).toMatchObject({ userId: ended.helper, requestId: ended.id });
    const mails = await h.db.select().from(deliveries).where(eq(deliveries.notificationId, asked!.id));
    expect(mails.map((d) => [d.channel, d.state, d.userId])).toEqual([["email", "waiting", ended.helper]]);
    expect(await storeEndPassed(h.db, new Date(END.getTime() + 60_000))).toBe(0);
    expect(await notices()).toBe(told + 1);

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
    expect(await sweepOnce(h.db, end)).toEqual({ expired: 0, ended: 0, remindedToReport: 0, pruned: 0, reminded: 0 });
  });

  it("asks the helper again at 8:00 Tokyo the next morning if the report is still missing, once", async () => {
    const start = new Date("2026-11-28T16:00:00+09:00");
    const end = new Date("2026-11-28T18:00:00+09:00");
    const waiting = await care({ chosen: true, over: { startAt: start, endAt: end } });
    await sweepOnce(h.db, end);
    const again = () =>
      h.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.kind, "after_report_due_again"), eq(notifications.requestId, waiting.id)));
    expect((await sweepOnce(h.db, new Date("2026-11-29T07:59:00+09:00"))).remindedToReport).toBe(0);
    expect(await again()).toHaveLength(0);
    await sweepOnce(h.db, new Date("2026-11-29T08:00:00+09:00"));
    await Promise.all([sweepOnce(h.db, new Date("2026-11-29T08:01:00+09:00")), sweepOnce(h.db, new Date("2026-11-29T08:01:00+09:00"))]);
    expect((await again()).map((n) => [n.userId, n.requestId])).toEqual([[waiting.helper, waiting.id]]);
  });
});
