import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { statsMemberDays, statsRequests } from "@/db/schema";
import { answerCareRequest } from "@/lib/care/workflows/answer";
import { postCareRequest } from "@/lib/care/workflows/post-request";
import { BEFORE, child, connect, createCareTestDb, member, ok, request } from "@/test/care-data";
import { testDbKinds } from "@/test/db";
import { refreshStats } from "./refresh";

// The dashboard reads summaries the clock sweep keeps: the first refresh copies everything, later
// ones what is recent or changed, so an OK offered after a refresh is there after the next one.
describe.each(testDbKinds)("the statistics summaries on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  it("copy a request and its parent's activity, then the OK offered after the first refresh", async () => {
    const [parent, helper] = [await member(h.db, "親"), await member(h.db, "甲")];
    await connect(h.db, parent, helper);
    const kid = await child(h.db, parent, "2022-05-01");
    const id = await postCareRequest(h.db, parent, request([kid], [helper], { purpose: "outing" }), BEFORE);

    expect(await refreshStats(h.db, BEFORE)).toBeGreaterThanOrEqual(1);
    const [first] = await h.db.select().from(statsRequests).where(eq(statsRequests.requestId, id));
    expect(first).toMatchObject({
      parentId: parent,
      state: "open",
      hadOffer: false,
      matched: false,
      purpose: "outing",
      youngestBirthDate: "2022-05-01",
    });
    expect((await h.db.select().from(statsMemberDays).where(eq(statsMemberDays.userId, parent))).length).toBe(1);
    expect(await h.db.select().from(statsMemberDays).where(eq(statsMemberDays.userId, helper))).toEqual([]);

    const later = new Date(BEFORE.getTime() + 10 * 60_000);
    await answerCareRequest(h.db, helper, ok(id), later);
    await refreshStats(h.db, new Date(later.getTime() + 60_000));
    const [second] = await h.db.select().from(statsRequests).where(eq(statsRequests.requestId, id));
    expect(second).toMatchObject({ state: "offered", hadOffer: true });
    expect(await h.db.select({ day: statsMemberDays.day }).from(statsMemberDays).where(eq(statsMemberDays.userId, helper))).toEqual([
      { day: "2026-11-24" },
    ]);
    // Nothing is copied twice.
    expect(await h.db.select().from(statsRequests).where(eq(statsRequests.requestId, id))).toHaveLength(1);
  });
});
