import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { kindsFor, requestRow } from "@/test/care-after";
import { BEFORE, child, connect, createCareTestDb, member, ok, request } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { refusal } from "@/test/refusal";
import { answerCareRequest } from "./answer";
import { postCareRequest } from "./post-request";
import { withdrawCareRequest } from "./withdraw";

describe.each(testDbKindsOf(import.meta.url))("withdrawing a care request on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  /** A parent, two connections and a request to both. */
  async function setup() {
    const parent = await member(h.db, "親");
    const [a, b] = [await member(h.db, "甲"), await member(h.db, "乙")];
    await connect(h.db, parent, a);
    await connect(h.db, parent, b);
    const kid = await child(h.db, parent, "2020-01-01", "はると");
    const id = await postCareRequest(h.db, parent, request([kid], [a, b]), BEFORE);
    return { parent, a, b, id };
  }
  const kindsOf = (userId: string, requestId: string) => kindsFor(h.db, userId, requestId);
  const stateOf = async (id: string) => (await requestRow(h.db, id))!;

  it("gives 'not found' to anyone but the parent", async () => {
    const { id } = await setup();
    const stranger = await member(h.db, "他");
    expect(await refusal(withdrawCareRequest(h.db, stranger, id, BEFORE))).toMatchObject({ code: "not_found" });
  });

  it("withdraws an open request and tells everyone asked", async () => {
    const { parent, a, b, id } = await setup();
    await withdrawCareRequest(h.db, parent, id, BEFORE);
    expect(await stateOf(id)).toMatchObject({ state: "withdrawn", closedAt: BEFORE });
    expect(await kindsOf(b, id)).toEqual(["care_request_received", "care_withdrawn"].sort());
    expect(await refusal(answerCareRequest(h.db, a, ok(id), BEFORE))).toMatchObject({ key: "care.closed" });
    expect(await refusal(answerCareRequest(h.db, a, { ...ok(id), answer: "decline" }, BEFORE))).toMatchObject({ key: "care.closed" });
  });
});
