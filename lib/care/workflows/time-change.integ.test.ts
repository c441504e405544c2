import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listTimeChanges } from "@/db/queries/care-changes";
import { members } from "@/db/schema";
import { type InsuranceSnapshot, insuredWindow } from "@/lib/insurance";
import { at, DAY_BEFORE, END, kindsFor, MORNING, matched, proposeAt, refusedUnchanged, requestRow, START } from "@/test/care-after";
import { createCareTestDb } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { refusal } from "@/test/refusal";
import { answerTimeChange } from "./answer-time-change";
import { proposeTimeChange } from "./propose-time-change";
import { withdrawTimeChange } from "./withdraw-time-change";

describe.each(testDbKindsOf(import.meta.url))("time changes on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  const propose = (requestId: string, viewerId: string, start: string, end: string, now = DAY_BEFORE) =>
    proposeAt(h.db, requestId, viewerId, start, end, now);
  const answer = (requestId: string, changeId: string, viewerId: string, a: "accept" | "decline", now = DAY_BEFORE) =>
    answerTimeChange(h.db, { requestId, changeId, viewerId, answer: a, now });

  it("a change needs the other side: proposed by the parent, accepted by the helper, the care takes the new times", async () => {
    const { parent, helper, id } = await matched(h.db);
    const change = await propose(id, parent, "09:30", "11:30");
    expect(await kindsFor(h.db, helper, id)).toEqual(["after_time_proposed"]);
    expect(await refusal(propose(id, helper, "10:00", "12:00"))).toEqual({ code: "conflict", key: "careAfter.time_change_pending" });
    await refusedUnchanged(h.db, id, () => answer(id, change, parent, "accept"), { code: "conflict", key: "careAfter.time_change_own" });
    await answer(id, change, helper, "accept");
    expect(await requestRow(h.db, id)).toMatchObject({ startAt: at("09:30"), endAt: at("11:30"), state: "matched" });
    expect(await kindsFor(h.db, parent, id)).toEqual(["after_time_accepted"]);
    await refusedUnchanged(h.db, id, () => answer(id, change, helper, "accept"), {
      code: "conflict",
      key: "careAfter.time_change_answered",
    });
  });

  it("an extension agreed during the care is insured; an overrun agreed after the end is not", async () => {
    const { parent, helper, id } = await matched(h.db);
    const during = await propose(id, helper, "10:00", "11:30", at("10:40"));
    await answer(id, during, parent, "accept", at("10:45"));
    // The end in force is now 11:30; the start, already passed, cannot move.
    expect(await refusal(propose(id, helper, "10:15", "12:00", at("11:00")))).toEqual({
      code: "invalid_input",
      key: "field.after_start_already_passed",
      field: "startTime",
    });
    const changes = (await listTimeChanges(h.db, id)).filter((c) => c.status === "accepted");
    const agreed = changes.map((c) => ({ agreedAt: c.decidedAt!, newStart: c.newStartAt, newEnd: c.newEndAt }));
    expect(insuredWindow({ start: START, end: END }, agreed)).toEqual({ start: START, end: at("11:30") });
    expect(insuredWindow({ start: START, end: END }, [{ agreedAt: at("11:05"), newStart: START, newEnd: at("11:30") }]).end).toEqual(END);
  });

  it("a proposal can be declined or taken back, and nothing changes", async () => {
    const { parent, helper, id } = await matched(h.db);
    const first = await propose(id, helper, "10:00", "12:00");
    await answer(id, first, parent, "decline");
    expect(await requestRow(h.db, id)).toMatchObject({ startAt: START, endAt: END });
    expect(await kindsFor(h.db, helper, id)).toEqual(["after_time_declined"]);
    const second = await propose(id, helper, "10:00", "12:00");
    await refusedUnchanged(
      h.db,
      id,
      () => withdrawTimeChange(h.db, { requestId: id, changeId: second, viewerId: parent, now: DAY_BEFORE }),
      { code: "not_found", key: "not_found" },
    );
    await withdrawTimeChange(h.db, { requestId: id, changeId: second, viewerId: helper, now: DAY_BEFORE });
    expect((await listTimeChanges(h.db, id)).map((c) => c.status)).toEqual(["declined", "withdrawn"]);
  });

  it("refuses bad times and strangers, and changes nothing", async () => {
    const { parent, helper, other, stranger, id } = await matched(h.db);
    const field = (key: string, name: string) => ({ code: "invalid_input", key: `field.${key}`, field: name });
    await refusedUnchanged(h.db, id, () => propose(id, parent, "11:00", "10:00"), field("after_end_before_start", "endTime"));
    await refusedUnchanged(h.db, id, () => propose(id, parent, "10:00", "11:00"), field("after_same_time", "endTime"));
    await refusedUnchanged(h.db, id, () => propose(id, parent, "07:00", "11:00", MORNING), field("after_start_in_past", "startTime"));
    for (const who of [other, stranger])
      await refusedUnchanged(h.db, id, () => propose(id, who, "10:00", "12:00"), { code: "not_found", key: "not_found" });
    const change = await propose(id, parent, "10:00", "12:00");
    for (const who of [other, stranger])
      await refusedUnchanged(h.db, id, () => answer(id, change, who, "accept"), { code: "not_found", key: "not_found" });
    // Once the end has passed, a change is too late: the report says how long it was.
    await refusedUnchanged(h.db, id, () => answer(id, change, helper, "accept", at("11:00")), {
      code: "conflict",
      key: "careAfter.time_change_closed",
    });
    expect(await listTimeChanges(h.db, id)).toHaveLength(1);
  });

  it("a proposal overtaken by the clock cannot be accepted, and nothing changes", async () => {
    const { parent, helper, id } = await matched(h.db);
    const change = await propose(id, parent, "09:30", "11:00", MORNING);
    await refusedUnchanged(h.db, id, () => answer(id, change, helper, "accept", at("09:45")), {
      code: "conflict",
      key: "careAfter.time_change_outdated",
    });
    await answer(id, change, helper, "decline", at("09:45"));
  });

  it("a change to another day re-checks the ages and decides insurance again before both agree; the snapshot keeps both decisions", async () => {
    // The child turns 13 on 5 June; the care is on 1 June.
    const { parent, helper, id } = await matched(h.db, { childBirthDates: ["2013-06-05"] });
    const moveTo = (day: string) =>
      proposeTimeChange(h.db, { requestId: id, viewerId: parent, startAt: at("10:00", day), endAt: at("11:00", day), now: DAY_BEFORE });
    await refusedUnchanged(h.db, id, () => moveTo("2026-06-05"), { code: "conflict", key: "careAfter.time_change_child_too_old" });
    expect(await listTimeChanges(h.db, id)).toEqual([]);

    // The supporter turns 18 on 5 June: on the 4th they are 17, so that day would not be insured.
    await h.db.update(members).set({ birthDate: "2008-06-05" }).where(eq(members.userId, helper));
    const change = await moveTo("2026-06-04");
    const [pending] = await listTimeChanges(h.db, id);
    expect(pending?.insuranceSnapshot).toMatchObject({
      careDate: "2026-06-04",
      decision: { insured: false, reasons: ["helper_under_age"] },
    });
    // The same day: nothing to decide again.
    await answer(id, change, helper, "decline");
    await answer(id, await propose(id, parent, "09:00", "11:00"), helper, "accept");
    expect((await requestRow(h.db, id))?.insured).toBe(true);

    await answer(id, await moveTo("2026-06-04"), helper, "accept");
    const row = await requestRow(h.db, id);
    const snapshot = row?.insuranceSnapshot as InsuranceSnapshot;
    expect(row?.insured).toBe(false);
    expect(snapshot).toMatchObject({ careDate: "2026-06-01", decision: { insured: true } });
    expect(snapshot.afterChanges?.map((c) => [c.snapshot.careDate, c.snapshot.decision.insured])).toEqual([["2026-06-04", false]]);
  });
});
