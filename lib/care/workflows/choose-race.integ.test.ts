import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { careRecipients, careRequests, notifications } from "@/db/schema";
import { isAppError } from "@/lib/errors";
import { BEFORE, child, connect, createCareTestDb, member, ok, request } from "@/test/care-data";
import { answerCareRequest } from "./answer";
import { chooseHelper } from "./choose";
import { postCareRequest } from "./post-request";

// Only the real PostgreSQL runs transactions side by side; PGlite has one connection and would
// simply queue them.
describe("20 simultaneous 'choose' and 'OK' on one request (PostgreSQL)", () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb("postgres");
  });
  afterAll(async () => h?.close());

  it("ends with exactly one helper, one 'chosen' notification and rows that agree", async () => {
    const parent = await member(h.db, "親");
    const people: string[] = [];
    for (let i = 0; i < 20; i++) people.push(await member(h.db, "近所"));
    for (const p of people) await connect(h.db, parent, p);
    const id = await postCareRequest(h.db, parent, request([await child(h.db, parent, "2019-01-01")], people), BEFORE);
    const [early, late] = [people.slice(0, 10), people.slice(10)];
    for (const p of early) await answerCareRequest(h.db, p, ok(id), BEFORE);

    // Ten choices of ten different helpers and ten new OKs, interleaved, all at once.
    const attempts = early.flatMap((helperId, i) => [
      { kind: "ok" as const, who: late[i]!, run: () => answerCareRequest(h.db, late[i]!, ok(id), BEFORE) },
      {
        kind: "choose" as const,
        who: helperId,
        run: () => chooseHelper(h.db, { parentId: parent, requestId: id, helperId, now: BEFORE, adultAge: 18 }),
      },
    ]);
    const outcomes = await Promise.allSettled(attempts.map((a) => a.run()));
    for (const o of outcomes) {
      if (o.status === "rejected") expect(isAppError(o.reason) && o.reason.messageKey, String(o.reason)).toBe("care.closed");
    }
    const succeeded = (kind: "ok" | "choose") =>
      attempts.filter((a, i) => a.kind === kind && outcomes[i]!.status === "fulfilled").map((a) => a.who);
    expect(succeeded("choose")).toHaveLength(1);
    const winner = succeeded("choose")[0];
    const acceptedLate = succeeded("ok");

    const [row] = await h.db.select().from(careRequests).where(eq(careRequests.id, id));
    expect(row).toMatchObject({ state: "matched", helperId: winner, insured: true });
    const chosen = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.requestId, id), eq(notifications.kind, "care_chosen")));
    expect(chosen.map((n) => n.userId)).toEqual([winner]);
    const [solved] = await h.db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.requestId, id), eq(notifications.kind, "care_solved")));
    expect(solved?.n).toBe(19);

    // Every OK that was accepted was recorded before the match, and only those were recorded.
    const okRows = await h.db
      .select()
      .from(careRecipients)
      .where(and(eq(careRecipients.requestId, id), eq(careRecipients.response, "ok")));
    expect(okRows.map((r) => r.userId).sort()).toEqual([...early, ...acceptedLate].sort());
    const [offers] = await h.db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.requestId, id), eq(notifications.kind, "care_offer_received")));
    expect(offers?.n).toBe(10 + acceptedLate.length);
  });
});
