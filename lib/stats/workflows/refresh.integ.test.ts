import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { storedLandingGroups } from "@/db/queries/stats";
import { districts, members, statsChanges, statsMemberDays, statsRequests } from "@/db/schema";
import { answerCareRequest } from "@/lib/care/workflows/answer";
import { postCareRequest } from "@/lib/care/workflows/post-request";
import { BEFORE, child, connect, createCareTestDb, member, ok, request } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { refreshStats } from "./refresh";

// The dashboard reads summaries the clock sweep keeps: the first refresh copies everything, later
// ones what is recent or changed, so an OK offered after a refresh is there after the next one.
describe.each(testDbKindsOf(import.meta.url))("the statistics summaries on %s", (kind) => {
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
    // The landing page's groups follow the summary: one request, now with an OK offered.
    const groups = await storedLandingGroups(h.db);
    expect(groups.reduce((n, g) => n + g.requests, 0)).toBe(1);
    expect(groups).toEqual([expect.objectContaining({ state: "offered", hadOffer: true, requests: 1, parents: 1 })]);
    // Nothing is copied twice.
    expect(await h.db.select().from(statsRequests).where(eq(statsRequests.requestId, id))).toHaveLength(1);
  });

  it("copy a request again when its parent moves district, but not for a profile edit", async () => {
    const parent = await member(h.db, "転");
    const kid = await child(h.db, parent, "2021-05-01");
    const helper = await member(h.db, "乙");
    await connect(h.db, parent, helper);
    const id = await postCareRequest(h.db, parent, request([kid], [helper]), BEFORE);
    const at = new Date(BEFORE.getTime() + 60 * 60_000);
    await refreshStats(h.db, at);
    const [home] = await h.db.select().from(members).where(eq(members.userId, parent));
    const [other] = await h.db
      .select({ id: districts.id })
      .from(districts)
      .where(and(eq(districts.municipalityId, home!.municipalityId), ne(districts.id, home!.districtId)));

    await h.db.update(members).set({ displayName: "転居前" }).where(eq(members.userId, parent));
    expect(await h.db.select().from(statsChanges).where(eq(statsChanges.key, parent))).toEqual([]);
    await h.db.update(members).set({ districtId: other!.id }).where(eq(members.userId, parent));
    await refreshStats(h.db, new Date(at.getTime() + 60_000));
    const [copy] = await h.db.select().from(statsRequests).where(eq(statsRequests.requestId, id));
    expect(copy!.districtId).toBe(other!.id);
  });
});
