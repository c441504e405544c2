import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { careForViewer } from "@/db/queries/care-access";
import { listRequestsForMe, requestDetail } from "@/db/queries/care-request-views";
import { careRecipients, careRequests, notifications, reliabilityRecords } from "@/db/schema";
import { SYSTEM_END_REASON } from "@/lib/care";
import { answerCareRequest } from "@/lib/care/workflows/answer";
import { cancelCare } from "@/lib/care/workflows/cancel";
import { openCareDetails } from "@/lib/care/workflows/open-care-details";
import { postCareRequest } from "@/lib/care/workflows/post-request";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { matched, requestRow } from "@/test/care-after";
import { BEFORE, child, connect, createCareTestDb, member, ok, request } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { blockMember } from "./block";
import { removeConnection } from "./remove-connection";

const key = keyring(generateKey());
const START = new Date("2026-11-26T10:00:00+09:00");
const END = new Date("2026-11-26T11:00:00+09:00");
const notFound = { code: "not_found" };

describe.each(testDbKindsOf(import.meta.url))("blocking ends everything between the two on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  /**
   * A parent and a helper with a matched care between them, and around it: a request of the
   * parent's asking the helper and another member (the helper said OK), one asking the helper
   * only, one of the helper's asking the parent (who said OK) and a third member, and what must
   * stay untouched: the other member's own care and request with the parent.
   */
  async function world() {
    const { parent, helper, other, id: care } = await matched(h.db, { startAt: START, endAt: END });
    const third = await member(h.db, "三");
    await connect(h.db, helper, third);
    const [kid, helperKid] = [await child(h.db, parent, "2020-01-01"), await child(h.db, helper, "2019-01-01")];
    const post = (parentId: string, childId: string, asked: string[]) => postCareRequest(h.db, parentId, request([childId], asked), BEFORE);
    const both = await post(parent, kid, [helper, other]);
    await answerCareRequest(h.db, helper, ok(both), BEFORE);
    const onlyHelper = await post(parent, kid, [helper]);
    const helpersOwn = await post(helper, helperKid, [parent, third]);
    await answerCareRequest(h.db, parent, ok(helpersOwn), BEFORE);
    const untouchedRequest = await post(parent, kid, [other]);
    const { id: untouchedCare } = await matched(h.db, { startAt: START, endAt: END });
    return { parent, helper, other, third, care, both, onlyHelper, helpersOwn, untouchedRequest, untouchedCare };
  }

  const rows = async (ids: string[]) => h.db.select().from(careRequests).where(inArray(careRequests.id, ids)).orderBy(careRequests.id);
  const asked = async (id: string) =>
    (await h.db.select({ userId: careRecipients.userId }).from(careRecipients).where(eq(careRecipients.requestId, id)))
      .map((r) => r.userId)
      .sort();
  const notices = async (id: string) =>
    h.db
      .select({ userId: notifications.userId, kind: notifications.kind, data: notifications.data })
      .from(notifications)
      .where(eq(notifications.requestId, id));

  it("cancels the matched care with a system reason, nobody's fault, and the blocked helper gets not found for it and its details", async () => {
    const w = await world();
    expect(await openCareDetails(h.db, { requestId: w.care, viewerId: w.helper, key, now: BEFORE })).toMatchObject({ role: "helper" });
    await blockMember(h.db, w.parent, w.helper, BEFORE);

    expect(await requestRow(h.db, w.care)).toMatchObject({
      state: "cancelled",
      cancelledBy: null,
      cancelReason: SYSTEM_END_REASON,
      cancellationChargeYen: 0,
      closedAt: BEFORE,
    });
    expect(await h.db.select().from(reliabilityRecords).where(eq(reliabilityRecords.requestId, w.care))).toEqual([]);
    expect(await careForViewer(h.db, w.care, w.helper)).toBeNull();
    expect(await requestDetail(h.db, w.care, w.helper)).toBeNull();
    await expect(openCareDetails(h.db, { requestId: w.care, viewerId: w.helper, key, now: BEFORE })).rejects.toMatchObject(notFound);
    await expect(cancelCare(h.db, { requestId: w.care, viewerId: w.helper, reason: "x", now: BEFORE })).rejects.toMatchObject(notFound);
    // The parent keeps the care's page; the other recipient still only learns it was solved.
    expect((await careForViewer(h.db, w.care, w.parent))?.role).toBe("parent");
    expect((await careForViewer(h.db, w.care, w.other))?.role).toBe("recipient");

    // Both sides are told only that it ended: no name, nothing about a block.
    const told = await notices(w.care);
    expect(told.map((n) => [n.userId, n.kind]).sort()).toEqual(
      [
        [w.helper, "care_ended"],
        [w.parent, "care_ended"],
      ].sort(),
    );
    for (const n of told) expect(Object.keys(n.data as object)).toEqual(["start"]);
  });

  it("takes the blocked member out of every request still asking, in both directions, and changes nothing else", async () => {
    const w = await world();
    const [untouchedBefore, notesBefore] = [await rows([w.untouchedRequest, w.untouchedCare]), await notices(w.untouchedRequest)];
    await blockMember(h.db, w.helper, w.parent, BEFORE);

    // The helper's OK was the only one: the request asks again, without the helper.
    expect(await requestRow(h.db, w.both)).toMatchObject({ state: "open", closedAt: null });
    expect(await asked(w.both)).toEqual([w.other]);
    // The helper was the only one asked: the platform withdrew it.
    expect(await requestRow(h.db, w.onlyHelper)).toMatchObject({ state: "withdrawn", closedAt: BEFORE, cancelReason: SYSTEM_END_REASON });
    // The blocked parent is out of the blocker's own request too, and can never be chosen.
    expect(await requestRow(h.db, w.helpersOwn)).toMatchObject({ state: "open" });
    expect(await asked(w.helpersOwn)).toEqual([w.third]);

    for (const id of [w.both, w.onlyHelper, w.care]) expect(await careForViewer(h.db, id, w.helper)).toBeNull();
    expect(await careForViewer(h.db, w.helpersOwn, w.parent)).toBeNull();
    expect((await listRequestsForMe(h.db, w.helper)).map((r) => r.id)).not.toEqual(expect.arrayContaining([w.both]));
    expect(await listRequestsForMe(h.db, w.helper)).toEqual([]);
    expect(await listRequestsForMe(h.db, w.parent)).toEqual([]);

    expect(await rows([w.untouchedRequest, w.untouchedCare])).toEqual(untouchedBefore);
    expect(await notices(w.untouchedRequest)).toEqual(notesBefore);
    expect(await notices(w.both)).not.toContainEqual(expect.objectContaining({ userId: w.helper, kind: "care_ended" }));
  });

  it("ends nothing for a request or care that already ended, and leaves them to the clock", async () => {
    const w = await world();
    const after = new Date("2026-11-26T12:00:00+09:00"); // past the care's end and every request's start
    const before = await rows([w.care, w.both]);
    await blockMember(h.db, w.parent, w.helper, after);
    expect(await rows([w.care, w.both])).toEqual(before);
    expect(await careForViewer(h.db, w.care, w.helper)).toBeNull();
  });
});

describe.each(testDbKindsOf(import.meta.url))("former connections on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  it("no longer see the requests they were asked; a chosen helper keeps their care after a removal", async () => {
    const { parent, helper, other, id: care } = await matched(h.db, { startAt: START, endAt: END });
    const kid = await child(h.db, parent, "2020-01-01");
    const asking = await postCareRequest(h.db, parent, request([kid], [helper, other]), BEFORE);
    expect((await careForViewer(h.db, asking, other))?.role).toBe("recipient");

    await removeConnection(h.db, parent, other);
    await removeConnection(h.db, helper, parent);
    for (const id of [asking, care]) {
      expect(await careForViewer(h.db, id, other)).toBeNull();
      expect(await requestDetail(h.db, id, other)).toBeNull();
    }
    expect(await listRequestsForMe(h.db, other)).toEqual([]);
    await expect(answerCareRequest(h.db, other, ok(asking), BEFORE)).rejects.toMatchObject(notFound);
    expect(await careForViewer(h.db, asking, helper)).toBeNull();
    // Removing, unlike blocking, does not end a matched care: the helper still has it.
    expect((await careForViewer(h.db, care, helper))?.role).toBe("helper");
    expect((await listRequestsForMe(h.db, helper)).map((r) => r.id)).toEqual([care]);
  });
});
