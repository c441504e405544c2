import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listRequestsForMe, requestDetail } from "@/db/queries/care-request-views";
import { markMet } from "@/db/queries/connections";
import { notifications } from "@/db/schema";
import type { InsuranceSnapshot } from "@/lib/insurance";
import { kindsFor, requestRow } from "@/test/care-after";
import { BEFORE, child, connect, createCareTestDb, member, ok, request } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { refusal } from "@/test/refusal";
import { answerCareRequest } from "./answer";
import { chooseHelper } from "./choose";
import { postCareRequest } from "./post-request";
import { withdrawCareRequest } from "./withdraw";

describe.each(testDbKindsOf(import.meta.url))("choosing a helper on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  /** A parent, three connections (the third not yet met) and a request to all three. */
  async function setup() {
    const parent = await member(h.db, "親");
    const [a, b, c] = [await member(h.db, "甲"), await member(h.db, "乙"), await member(h.db, "丙")];
    await connect(h.db, parent, a);
    await connect(h.db, parent, b);
    await connect(h.db, parent, c, false);
    const kid = await child(h.db, parent, "2020-01-01", "はると");
    const id = await postCareRequest(h.db, parent, request([kid], [a, b, c]), BEFORE);
    return { parent, a, b, c, id };
  }
  const choose = (parentId: string, requestId: string, helperId: string, now = BEFORE) =>
    chooseHelper(h.db, { parentId, requestId, helperId, now, adultAge: 18 });
  const kindsOf = (userId: string, requestId: string) => kindsFor(h.db, userId, requestId);
  const stateOf = async (id: string) => (await requestRow(h.db, id))!;

  it("gives 'not found' to anyone but the parent, and for someone who was not asked", async () => {
    const { parent, id } = await setup();
    const stranger = await member(h.db, "他");
    expect(await refusal(choose(stranger, id, parent))).toMatchObject({ code: "not_found" });
    expect(await refusal(choose(parent, id, stranger))).toMatchObject({ code: "not_found" });
  });

  it("matches atomically: insured, with a snapshot; the helper is told, the others only that it was solved", async () => {
    const { parent, a, b, c, id } = await setup();
    expect(await refusal(choose(parent, id, a))).toMatchObject({ code: "conflict", key: "care.not_offered" });
    await answerCareRequest(h.db, a, ok(id), BEFORE);
    expect(await refusal(choose(parent, id, b))).toMatchObject({ key: "care.not_offered" });
    await answerCareRequest(h.db, c, ok(id), BEFORE);
    expect(await refusal(choose(parent, id, c))).toMatchObject({ code: "conflict", key: "care.not_met" });

    expect(await choose(parent, id, a)).toEqual({ insured: true });
    const row = await stateOf(id);
    expect(row).toMatchObject({ state: "matched", helperId: a, matchedAt: BEFORE, insured: true });
    const snap = row.insuranceSnapshot as InsuranceSnapshot;
    expect(snap).toMatchObject({
      careDate: "2026-11-25",
      areConnectedAtMatch: true,
      children: [{ birthDate: "2020-01-01", ageYears: 6 }],
      decision: { insured: true },
    });
    expect(await kindsOf(a, id)).toEqual(["care_chosen", "care_request_received"]);
    expect(await kindsOf(b, id)).toEqual(["care_request_received", "care_solved"].sort());
    expect(await kindsOf(c, id)).toEqual(["care_request_received", "care_solved"].sort());
    const solved = await h.db
      .select({ data: notifications.data })
      .from(notifications)
      .where(and(eq(notifications.requestId, id), eq(notifications.kind, "care_solved")));
    expect(solved.every((n) => !JSON.stringify(n.data).includes(a))).toBe(true);

    // The others learn nothing of who; an OK now and a second choice are refused.
    const seenByB = await requestDetail(h.db, id, b);
    expect(seenByB).toMatchObject({
      role: "recipient",
      helperName: null,
      request: { state: "matched", helperId: null, insuranceSnapshot: null },
    });
    expect((await requestDetail(h.db, id, a))?.role).toBe("helper");
    expect((await listRequestsForMe(h.db, b)).find((r) => r.id === id)).toMatchObject({ chosen: false, state: "matched" });
    expect((await listRequestsForMe(h.db, a)).find((r) => r.id === id)).toMatchObject({ chosen: true });
    expect(await refusal(answerCareRequest(h.db, b, ok(id), BEFORE))).toMatchObject({ code: "conflict", key: "care.closed" });
    expect(await refusal(choose(parent, id, c))).toMatchObject({ key: "care.closed" });
    expect(await refusal(withdrawCareRequest(h.db, parent, id, BEFORE))).toMatchObject({ key: "care.closed" });
  });

  it("lets the parent choose a helper once both confirmed they met", async () => {
    const { parent, c, id } = await setup();
    await answerCareRequest(h.db, c, ok(id), BEFORE);
    await markMet(h.db, parent, c, BEFORE);
    expect(await refusal(choose(parent, id, c))).toMatchObject({ key: "care.not_met" });
    await markMet(h.db, c, parent, BEFORE);
    expect(await choose(parent, id, c)).toEqual({ insured: true });
  });

  it("refuses to match once the start has passed, and an OK after it", async () => {
    const { parent, a, b, id } = await setup();
    await answerCareRequest(h.db, a, ok(id), BEFORE);
    const late = new Date("2026-11-25T17:00:00+09:00");
    expect(await refusal(choose(parent, id, a, late))).toMatchObject({ key: "care.closed" });
    expect(await refusal(answerCareRequest(h.db, b, ok(id), late))).toMatchObject({ key: "care.closed" });
    expect((await stateOf(id)).state).toBe("offered");
  });
});
