import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { careRequests, reliabilityRecords } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDb, testDbKinds } from "@/test/db";
import { insuredWindow } from "@/lib/care/change/insured-window";
import { FAMISAPO_EXAMPLE_RULEBOOK } from "@/lib/thanks";
import { at, END, kindsFor, matched, refusal, refusedUnchanged, requestRow, START } from "@/test/care-after";
import { answerTimeChange, listTimeChanges, proposeTimeChange, withdrawTimeChange } from "./care-changes";
import { cancelCare, markNoShow, wasNoShow } from "./care-cancel";
import { listOwnReliability } from "./reliability";

const DAY_BEFORE = at("09:00", "2026-05-30");
const MORNING = at("08:00");

describe.each(testDbKinds)("time changes and cancellations on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());

  const propose = (requestId: string, viewerId: string, start: string, end: string, now = DAY_BEFORE) =>
    proposeTimeChange(h.db, { requestId, viewerId, startAt: at(start), endAt: at(end), now });
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
    await refusedUnchanged(h.db, id, () => answer(id, change, helper, "accept"), { code: "conflict", key: "careAfter.time_change_answered" });
  });

  it("an extension agreed during the care is insured; an overrun agreed after the end is not", async () => {
    const { parent, helper, id } = await matched(h.db);
    const during = await propose(id, helper, "10:00", "11:30", at("10:40"));
    await answer(id, during, parent, "accept", at("10:45"));
    // The end in force is now 11:30; the start, already passed, cannot move.
    expect(await refusal(propose(id, helper, "10:15", "12:00", at("11:00")))).toEqual({ code: "invalid_input", key: "field.after_start_already_passed", field: "startTime" });
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
    await refusedUnchanged(h.db, id, () => withdrawTimeChange(h.db, { requestId: id, changeId: second, viewerId: parent, now: DAY_BEFORE }), { code: "not_found", key: "not_found" });
    await withdrawTimeChange(h.db, { requestId: id, changeId: second, viewerId: helper, now: DAY_BEFORE });
    expect((await listTimeChanges(h.db, id)).map((c) => c.status)).toEqual(["declined", "withdrawn"]);
  });

  it("refuses bad times and strangers, and changes nothing", async () => {
    const { parent, helper, other, stranger, id } = await matched(h.db);
    const field = (key: string, name: string) => ({ code: "invalid_input", key: `field.${key}`, field: name });
    await refusedUnchanged(h.db, id, () => propose(id, parent, "11:00", "10:00"), field("after_end_before_start", "endTime"));
    await refusedUnchanged(h.db, id, () => propose(id, parent, "10:00", "11:00"), field("after_same_time", "endTime"));
    await refusedUnchanged(h.db, id, () => propose(id, parent, "07:00", "11:00", MORNING), field("after_start_in_past", "startTime"));
    for (const who of [other, stranger]) await refusedUnchanged(h.db, id, () => propose(id, who, "10:00", "12:00"), { code: "not_found", key: "not_found" });
    const change = await propose(id, parent, "10:00", "12:00");
    for (const who of [other, stranger]) await refusedUnchanged(h.db, id, () => answer(id, change, who, "accept"), { code: "not_found", key: "not_found" });
    // Once the end has passed, a change is too late: the report says how long it was.
    await refusedUnchanged(h.db, id, () => answer(id, change, helper, "accept", at("11:00")), { code: "conflict", key: "careAfter.time_change_closed" });
    expect(await listTimeChanges(h.db, id)).toHaveLength(1);
  });

  it("a proposal overtaken by the clock cannot be accepted, and nothing changes", async () => {
    const { parent, helper, id } = await matched(h.db);
    const change = await propose(id, parent, "09:30", "11:00", MORNING);
    await refusedUnchanged(h.db, id, () => answer(id, change, helper, "accept", at("09:45")), { code: "conflict", key: "careAfter.time_change_outdated" });
    await answer(id, change, helper, "decline", at("09:45"));
  });

  it("a cancellation more than 24 h ahead is not late: nothing on anyone's record", async () => {
    const { parent, helper, id } = await matched(h.db);
    const result = await cancelCare(h.db, { requestId: id, viewerId: helper, reason: "急な出張が入りました", now: at("09:00", "2026-05-31") });
    expect(result).toEqual({ late: false, charge: { yen: 0, percent: 0, basis: "helper_side", late: false } });
    expect(await requestRow(h.db, id)).toMatchObject({ state: "cancelled", cancelledBy: helper, cancelReason: "急な出張が入りました" });
    expect(await kindsFor(h.db, parent, id)).toEqual(["after_cancelled"]);
    expect(await h.db.select().from(reliabilityRecords).where(eq(reliabilityRecords.requestId, id))).toEqual([]);
    await refusedUnchanged(h.db, id, () => cancelCare(h.db, { requestId: id, viewerId: parent, reason: "x", now: MORNING }), { code: "conflict", key: "careAfter.cancelled" });
  });

  it("a late cancellation is recorded for the one who cancelled, for 12 months; the default rulebook charges nothing", async () => {
    const { parent, helper, id } = await matched(h.db);
    const pending = await propose(id, helper, "10:00", "12:00");
    const result = await cancelCare(h.db, { requestId: id, viewerId: parent, reason: "子どもが熱を出しました", now: MORNING });
    expect(result).toEqual({ late: true, charge: { yen: 0, percent: 0, basis: "none", late: true } });
    const mine = await listOwnReliability(h.db, parent, MORNING);
    expect(mine).toEqual([expect.objectContaining({ kind: "late_cancellation", requestId: id, reason: "子どもが熱を出しました", expiresAt: at("08:00", "2027-06-01") })]);
    expect(await listOwnReliability(h.db, helper, MORNING)).toEqual([]);
    expect(await listOwnReliability(h.db, parent, at("08:00", "2027-06-01"))).toEqual([]);
    expect((await listTimeChanges(h.db, id)).find((c) => c.id === pending)?.status).toBe("withdrawn");
  });

  it("a rulebook with a same-day tier charges the parent for a same-day cancellation", async () => {
    const { parent, id } = await matched(h.db);
    await h.db.update(careRequests).set({ rulebookKey: FAMISAPO_EXAMPLE_RULEBOOK.key }).where(eq(careRequests.id, id));
    const result = await cancelCare(h.db, { requestId: id, viewerId: parent, reason: "予定が変わりました", now: MORNING });
    expect(result.charge).toEqual({ yen: 250, percent: 50, basis: "tier", tierKey: "same_day", late: true });
  });

  it("cancelling needs a reason and is for before the end; a no-show is marked by the parent after the start", async () => {
    const { parent, helper, other, id } = await matched(h.db);
    await refusedUnchanged(h.db, id, () => cancelCare(h.db, { requestId: id, viewerId: parent, reason: " ", now: MORNING }), { code: "conflict", key: "careAfter.reason_required" });
    await refusedUnchanged(h.db, id, () => cancelCare(h.db, { requestId: id, viewerId: parent, reason: "x", now: at("11:30") }), { code: "conflict", key: "careAfter.already_ended" });
    const noShow = (viewerId: string, now: Date) => markNoShow(h.db, { requestId: id, viewerId, reason: "約束の時間に来ませんでした", now });
    await refusedUnchanged(h.db, id, () => noShow(parent, at("09:59")), { code: "conflict", key: "careAfter.no_show_too_early" });
    await refusedUnchanged(h.db, id, () => noShow(helper, at("10:30")), { code: "not_found", key: "not_found" });
    await refusedUnchanged(h.db, id, () => noShow(other, at("10:30")), { code: "not_found", key: "not_found" });
    await noShow(parent, at("11:30"));
    expect(await requestRow(h.db, id)).toMatchObject({ state: "cancelled", cancelledBy: parent });
    expect(await wasNoShow(h.db, id)).toBe(true);
    expect((await listOwnReliability(h.db, helper, at("12:00"))).map((r) => r.kind)).toEqual(["no_show"]);
    expect(await listOwnReliability(h.db, parent, at("12:00"))).toEqual([]);
    expect(await kindsFor(h.db, helper, id)).toEqual(["after_no_show"]);
    await refusedUnchanged(h.db, id, () => noShow(parent, at("12:00")), { code: "conflict", key: "careAfter.cancelled" });
  });

  it("two cancellations at once: one wins, one record", async () => {
    const { parent, helper, id } = await matched(h.db);
    const results = await Promise.allSettled([
      cancelCare(h.db, { requestId: id, viewerId: parent, reason: "a", now: MORNING }),
      cancelCare(h.db, { requestId: id, viewerId: helper, reason: "b", now: MORNING }),
      cancelCare(h.db, { requestId: id, viewerId: parent, reason: "c", now: MORNING }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await h.db.select().from(reliabilityRecords).where(eq(reliabilityRecords.requestId, id))).toHaveLength(1);
  });
});
