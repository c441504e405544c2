import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { usablePartners } from "@/db/queries/care-audience";
import { listMyRequests, requestDetail } from "@/db/queries/care-request-views";
import { careRecipients, members } from "@/db/schema";
import { changeCapabilities } from "@/lib/members/workflows/change-capabilities";
import { kindsFor, requestRow } from "@/test/care-after";
import { BEFORE, child, connect, createCareTestDb, member, ok, request } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { refusal } from "@/test/refusal";
import { answerCareRequest } from "./answer";
import { postCareRequest } from "./post-request";

describe.each(testDbKindsOf(import.meta.url))("answering a care request on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  /** A parent, three connections (the third not yet met) and a request to all three. */
  async function setup(over: Parameters<typeof request>[2] = {}, o: { town?: string; birthDate?: string } = {}) {
    const parent = await member(h.db, "親", { town: o.town });
    const [a, b, c] = [await member(h.db, "甲"), await member(h.db, "乙"), await member(h.db, "丙")];
    await connect(h.db, parent, a);
    await connect(h.db, parent, b);
    await connect(h.db, parent, c, false);
    const kid = await child(h.db, parent, o.birthDate ?? "2020-01-01", "はると");
    const id = await postCareRequest(h.db, parent, request([kid], [a, b, c], over), BEFORE);
    return { parent, a, b, c, id };
  }
  const kindsOf = (userId: string, requestId: string) => kindsFor(h.db, userId, requestId);
  const stateOf = async (id: string) => (await requestRow(h.db, id))!;

  it("records an OK with its message and waiver, offers it to the parent, and lets it be taken back", async () => {
    const { parent, a, id } = await setup();
    await answerCareRequest(h.db, a, ok(id, { waived: true, message: "17時から大丈夫です" }), BEFORE);
    const [row] = await h.db
      .select()
      .from(careRecipients)
      .where(and(eq(careRecipients.requestId, id), eq(careRecipients.userId, a)));
    expect(row).toMatchObject({ response: "ok", waived: true, message: "17時から大丈夫です", sheetReadAt: BEFORE, respondedAt: BEFORE });
    expect((await stateOf(id)).state).toBe("offered");
    expect(await kindsOf(parent, id)).toEqual(["care_offer_received"]);
    const offers = (await requestDetail(h.db, id, parent))!.recipients.filter((r) => r.response === "ok");
    expect(offers).toMatchObject([{ userId: a, message: "17時から大丈夫です", waived: true, met: true }]);
    expect((await listMyRequests(h.db, parent))[0]).toMatchObject({ id, asked: 3, offers: 1, children: ["はると"] });

    await answerCareRequest(h.db, a, { ...ok(id), answer: "decline" }, BEFORE);
    expect((await stateOf(id)).state).toBe("open");
    expect(await kindsOf(parent, id)).toEqual(["care_offer_received", "care_offer_withdrawn"].sort());
  });

  it("refuses an OK without the child seat for 送迎 of an under-6, and a waiver the rulebook does not allow", async () => {
    const soge = await setup({ kind: "soge", place: null, pickupPlace: "保育園", dropoffPlace: "自宅" }, { birthDate: "2022-01-01" });
    expect(await refusal(answerCareRequest(h.db, soge.a, ok(soge.id), BEFORE))).toEqual({
      code: "invalid_input",
      key: "field.care_child_seat_required",
      field: "childSeat",
    });
    await answerCareRequest(h.db, soge.a, ok(soge.id, { childSeat: true }), BEFORE);
    const famisapo = await setup({}, { town: "あおば町" });
    expect(await refusal(answerCareRequest(h.db, famisapo.a, ok(famisapo.id, { waived: true }), BEFORE))).toMatchObject({
      key: "field.care_waiver_not_allowed",
    });
    expect((await stateOf(famisapo.id)).state).toBe("open");
  });

  it("gives 'not found' to anyone not asked, including the parent answering their own request", async () => {
    const { parent, id } = await setup();
    const stranger = await member(h.db, "他");
    expect(await refusal(answerCareRequest(h.db, stranger, ok(id), BEFORE))).toMatchObject({ code: "not_found" });
    expect(await refusal(answerCareRequest(h.db, parent, ok(id), BEFORE))).toMatchObject({ code: "not_found" });
  });

  it("only supporters are asked and may say OK; capabilities are changed on the profile, granted ones kept", async () => {
    const { parent, a, b, id } = await setup();
    // a was asked as a supporter, then asks only for help: a decline is fine, an OK is refused.
    await h.db
      .update(members)
      .set({ capabilities: ["parent", "organiser"] })
      .where(eq(members.userId, a));
    await changeCapabilities(h.db, a, ["parent"], BEFORE);
    expect((await h.db.select({ c: members.capabilities }).from(members).where(eq(members.userId, a)))[0]?.c).toEqual([
      "parent",
      "organiser",
    ]);
    expect(await refusal(answerCareRequest(h.db, a, ok(id), BEFORE))).toEqual({ code: "conflict", key: "care.not_supporter" });
    expect(await refusal(changeCapabilities(h.db, a, [], BEFORE))).toMatchObject({ key: "field.choose_at_least_one" });
    await answerCareRequest(h.db, b, ok(id), BEFORE);
    // A new request cannot reach a: not among the askable, and refused if named anyway.
    expect(await usablePartners(h.db, parent)).not.toContain(a);
    const kid = await child(h.db, parent, "2020-01-01", "めい");
    expect(await refusal(postCareRequest(h.db, parent, request([kid], [a, b]), BEFORE))).toMatchObject({
      key: "field.care_not_connection",
    });
    await changeCapabilities(h.db, a, ["parent", "supporter"], BEFORE);
    expect(await usablePartners(h.db, parent)).toContain(a);
  });
});
