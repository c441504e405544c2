import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listMyRequests } from "@/db/queries/care-request-views";
import { careRequests, notifications } from "@/db/schema";
import { BEFORE, child, connect, createCareTestDb, member, ok, request } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { answerCareRequest } from "./answer";
import { chooseHelper } from "./choose";
import { expireDueRequests } from "./expire-due";
import { postCareRequest } from "./post-request";

const START = new Date("2026-11-25T17:00:00+09:00");

describe.each(testDbKindsOf(import.meta.url))("expiry on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  it("expires open and offered requests once their start passes, tells parent and recipients once, and leaves matched ones", async () => {
    const [parent, a, b] = [await member(h.db, "親"), await member(h.db, "甲"), await member(h.db, "乙")];
    await connect(h.db, parent, a);
    await connect(h.db, parent, b);
    const kid = await child(h.db, parent, "2020-01-01");
    const open = await postCareRequest(h.db, parent, request([kid], [a, b]), BEFORE);
    const offered = await postCareRequest(h.db, parent, request([kid], [a]), BEFORE);
    const matched = await postCareRequest(h.db, parent, request([kid], [a]), BEFORE);
    const later = await postCareRequest(
      h.db,
      parent,
      request([kid], [a], { startAt: new Date("2026-11-26T09:00:00+09:00"), endAt: new Date("2026-11-26T10:00:00+09:00") }),
      BEFORE,
    );
    await answerCareRequest(h.db, a, ok(offered), BEFORE);
    await answerCareRequest(h.db, a, ok(matched), BEFORE);
    await chooseHelper(h.db, { parentId: parent, requestId: matched, helperId: a, now: BEFORE, adultAge: 18 });

    expect(await expireDueRequests(h.db, new Date(START.getTime() - 1))).toBe(0);
    const results = await Promise.all([expireDueRequests(h.db, START), expireDueRequests(h.db, START)]);
    expect(results.sort()).toEqual([0, 2]);
    const states = Object.fromEntries((await listMyRequests(h.db, parent)).map((r) => [r.id, r.state]));
    expect(states).toEqual({ [open]: "expired", [offered]: "expired", [matched]: "matched", [later]: "open" });
    const told = async (kind: string) =>
      (
        await h.db
          .select({ userId: notifications.userId, requestId: notifications.requestId })
          .from(notifications)
          .where(eq(notifications.kind, kind))
      )
        .filter((n) => [open, offered].includes(n.requestId!))
        .map((n) => `${n.requestId}:${n.userId}`)
        .sort();
    expect(await told("care_expired")).toEqual([`${open}:${parent}`, `${offered}:${parent}`].sort());
    expect(await told("care_closed")).toEqual([`${open}:${a}`, `${open}:${b}`, `${offered}:${a}`].sort());
    const [row] = await h.db
      .select()
      .from(careRequests)
      .where(and(eq(careRequests.id, open)));
    expect(row?.closedAt).toEqual(START);
  });
});
