import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { reportOf } from "@/db/queries/care-completion";
import { settlementOf } from "@/db/queries/care-settlement";
import { careReports, careSettlements } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import type { Expense, ThanksBreakdown } from "@/lib/thanks";
import { at, kindsFor, matched, refusedUnchanged, requestRow } from "@/test/care-after";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { demoIds } from "@/test/members";
import { refusal } from "@/test/refusal";
import { confirmReport } from "./confirm";
import { confirmHandOver } from "./confirm-hand-over";
import { disputeReport } from "./dispute";
import { reportCare } from "./report";
import { resolveDispute } from "./resolve-dispute";

const AFTER = at("12:00");
const LATER = at("13:00");

describe.each(testDbKindsOf(import.meta.url))("completion on %s", (kind) => {
  let h: DbHandle;
  let admin: string;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
    admin = (await demoIds(h.db))("fujita.satomi");
  });
  afterAll(async () => h?.close());

  const report = (requestId: string, viewerId: string, startTime = "10:00", endTime = "11:10", expenses: Expense[] = [], now = AFTER) =>
    reportCare(h.db, { requestId, viewerId, startTime, endTime, expenses, now });
  const confirm = async (requestId: string, viewerId: string, now = LATER) =>
    confirmReport(h.db, { requestId, viewerId, reportedAt: (await reportOf(h.db, requestId))!.reportedAt.toISOString(), now });

  it("report 1 h 10 min → confirm → 750 yen frozen with its breakdown → both hand over → settled", async () => {
    const { parent, helper, id } = await matched(h.db);
    await report(id, helper);
    expect((await requestRow(h.db, id))!.state).toBe("reported");
    expect(await kindsFor(h.db, parent, id)).toEqual(["after_reported"]);

    const frozen = await confirm(id, parent);
    expect(frozen.breakdown).toMatchObject({ actualMinutes: 70, chargedMinutes: 90, thanksYen: 750, expensesYen: 0, parentPaysYen: 750 });
    const row = (await reportOf(h.db, id))!;
    expect(row).toMatchObject({ thanksYen: 750, expensesYen: 0, parentPaysYen: 750, confirmedAt: LATER });
    expect((row.breakdown as ThanksBreakdown).lines).toEqual([
      { kind: "base", labelKey: "thanks.line.base", perHourYen: 500, minutes: 90, yen: 750 },
    ]);
    expect((await requestRow(h.db, id))!.state).toBe("completed");
    expect(await settlementOf(h.db, id)).toMatchObject({
      method: "cash",
      parentConfirmedAt: null,
      helperConfirmedAt: null,
      settledAt: null,
    });
    expect(await kindsFor(h.db, helper, id)).toEqual(["after_confirmed"]);

    expect(await confirmHandOver(h.db, { requestId: id, viewerId: parent, now: LATER })).toEqual({ settled: false });
    expect(await refusal(confirmHandOver(h.db, { requestId: id, viewerId: parent, now: LATER }))).toEqual({
      code: "conflict",
      key: "careAfter.hand_over_confirmed",
    });
    expect(await confirmHandOver(h.db, { requestId: id, viewerId: helper, now: LATER })).toEqual({ settled: true });
    expect(await requestRow(h.db, id))!.toMatchObject({ state: "settled", closedAt: LATER });
    expect(await kindsFor(h.db, helper, id)).toEqual(["after_confirmed", "after_hand_over_confirmed"]);
    expect(await kindsFor(h.db, parent, id)).toEqual(["after_reported", "after_settled"]);
    await refusedUnchanged(h.db, id, () => confirmHandOver(h.db, { requestId: id, viewerId: helper, now: LATER }), {
      code: "conflict",
      key: "careAfter.already_settled",
    });
  });

  it("itemised expenses are paid on top, and a corrected report replaces the first until confirmed", async () => {
    const { parent, helper, id } = await matched(h.db);
    await report(id, helper, "10:00", "11:00");
    await report(
      id,
      helper,
      "10:00",
      "11:10",
      [
        { kind: "meal", label: "お昼ごはん", yen: 600 },
        { kind: "transport", label: "バス", yen: 220 },
      ],
      at("12:30"),
    );
    const row = (await reportOf(h.db, id))!;
    expect(row).toMatchObject({ actualEndAt: at("11:10"), reportedAt: at("12:30") });
    const { breakdown } = await confirm(id, parent);
    expect(breakdown).toMatchObject({ thanksYen: 750, expensesYen: 820, parentPaysYen: 1570 });
    expect(breakdown.lines.map((l) => [l.kind, l.yen])).toEqual([
      ["base", 750],
      ["expense", 600],
      ["expense", 220],
    ]);
  });

  it("the parent confirms only the version of the report they saw", async () => {
    const { parent, helper, id } = await matched(h.db);
    await report(id, helper);
    const seen = (await reportOf(h.db, id))!.reportedAt.toISOString();
    await report(id, helper, "10:00", "12:00", [], at("12:10"));
    await refusedUnchanged(h.db, id, () => confirmReport(h.db, { requestId: id, viewerId: parent, reportedAt: seen, now: LATER }), {
      code: "conflict",
      key: "careAfter.report_changed",
    });
  });

  it("「気持ちだけでOK」 with no expenses is 0 yen: nothing to hand over, settled at once", async () => {
    const { parent, helper, id } = await matched(h.db, { waived: true });
    await report(id, helper);
    const { breakdown, settled } = await confirm(id, parent);
    expect(settled).toBe(true);
    expect(breakdown.lines.map((l) => [l.kind, l.yen])).toEqual([
      ["base", 750],
      ["waiver", -750],
    ]);
    expect(breakdown.parentPaysYen).toBe(0);
    expect((await requestRow(h.db, id))!.state).toBe("settled");
    expect((await settlementOf(h.db, id))!.settledAt).toEqual(LATER);
  });

  it("only the parent and the chosen helper act; everyone else is told it does not exist", async () => {
    const { parent, helper, other, stranger, id } = await matched(h.db);
    const notFound = { code: "not_found", key: "not_found" };
    for (const who of [other, stranger, "nobody"]) {
      await refusedUnchanged(h.db, id, () => report(id, who), notFound);
    }
    await refusedUnchanged(h.db, id, () => report(id, parent), { code: "conflict", key: "careAfter.wrong_side" });
    await report(id, helper);
    for (const who of [other, stranger]) {
      await refusedUnchanged(h.db, id, () => confirmReport(h.db, { requestId: id, viewerId: who, reportedAt: "x", now: LATER }), notFound);
      await refusedUnchanged(h.db, id, () => disputeReport(h.db, { requestId: id, viewerId: who, reason: "違う", now: LATER }), notFound);
    }
    await refusedUnchanged(h.db, id, () => confirm(id, helper), { code: "conflict", key: "careAfter.wrong_side" });
    await refusedUnchanged(h.db, id, () => disputeReport(h.db, { requestId: id, viewerId: helper, reason: "x", now: LATER }), {
      code: "conflict",
      key: "careAfter.wrong_side",
    });
    await refusedUnchanged(h.db, "not-a-uuid", () => report("not-a-uuid", helper), notFound);
  });

  it("refuses bad reports and changes nothing: before the end, end before start, future end, bad expenses, twice after confirmation", async () => {
    const { parent, helper, id } = await matched(h.db);
    await refusedUnchanged(h.db, id, () => report(id, helper, "10:00", "10:50", [], at("10:55")), {
      code: "conflict",
      key: "careAfter.not_ended",
    });
    await refusedUnchanged(h.db, id, () => report(id, helper, "11:00", "10:00"), {
      code: "invalid_input",
      key: "field.after_end_before_start",
      field: "endTime",
    });
    await refusedUnchanged(h.db, id, () => report(id, helper, "10:00", "12:30"), {
      code: "invalid_input",
      key: "field.after_end_in_future",
      field: "endTime",
    });
    const bad = { code: "invalid_input", key: "field.after_report_invalid", field: "expenses" };
    await refusedUnchanged(h.db, id, () => report(id, helper, "10:00", "11:00", [{ kind: "meal", label: "x", yen: -100 }]), bad);
    await refusedUnchanged(h.db, id, () => report(id, helper, "10:00", "11:00", [{ kind: "meal", label: "x", yen: 10_000_000 }]), bad);
    expect(await reportOf(h.db, id)).toBeNull();

    await report(id, helper);
    await confirm(id, parent);
    const frozen = await reportOf(h.db, id);
    await refusedUnchanged(h.db, id, () => report(id, helper, "10:00", "15:00", [], at("18:00")), {
      code: "conflict",
      key: "careAfter.already_confirmed",
    });
    await refusedUnchanged(h.db, id, () => confirm(id, parent), { code: "conflict", key: "careAfter.already_confirmed" });
    expect(await reportOf(h.db, id)).toEqual(frozen);
  });

  it("a dispute goes to the admins; resolved as reported, the helper corrects and the parent confirms", async () => {
    const { parent, helper, id } = await matched(h.db);
    await report(id, helper, "10:00", "12:00");
    await refusedUnchanged(h.db, id, () => disputeReport(h.db, { requestId: id, viewerId: parent, reason: " ", now: LATER }), {
      code: "conflict",
      key: "careAfter.reason_required",
    });
    await disputeReport(h.db, { requestId: id, viewerId: parent, reason: "11時に迎えに行きました", now: LATER });
    expect((await requestRow(h.db, id))!.state).toBe("disputed");
    expect(await reportOf(h.db, id)).toMatchObject({ disputedAt: LATER, disputeReason: "11時に迎えに行きました" });
    expect(await kindsFor(h.db, helper, id)).toEqual(["after_disputed"]);
    expect(await kindsFor(h.db, admin)).toContain("after_dispute_opened");
    await refusedUnchanged(h.db, id, () => report(id, helper), { code: "conflict", key: "careAfter.in_dispute" });

    await resolveDispute(h.db, { requestId: id, adminId: admin, outcome: "reported", now: LATER });
    expect((await requestRow(h.db, id))!.state).toBe("reported");
    await report(id, helper, "10:00", "11:00", [], at("14:00"));
    expect((await confirm(id, parent, at("15:00"))).breakdown.parentPaysYen).toBe(500);
    expect(await kindsFor(h.db, parent, id)).toContain("after_resolved_reported");
  });

  it("an admin may complete a dispute as reported, but not one they are a party to, and not twice", async () => {
    const { parent, helper, id } = await matched(h.db);
    await report(id, helper, "10:00", "12:00");
    await disputeReport(h.db, { requestId: id, viewerId: parent, reason: "長すぎます", now: LATER });
    await refusedUnchanged(h.db, id, () => resolveDispute(h.db, { requestId: id, adminId: parent, outcome: "completed", now: LATER }), {
      code: "conflict",
      key: "careAfter.own_dispute",
    });
    await resolveDispute(h.db, { requestId: id, adminId: admin, outcome: "completed", now: LATER });
    expect(await reportOf(h.db, id)).toMatchObject({ parentPaysYen: 1000, confirmedAt: LATER });
    expect((await requestRow(h.db, id))!.state).toBe("completed");
    await refusedUnchanged(h.db, id, () => resolveDispute(h.db, { requestId: id, adminId: admin, outcome: "reported", now: LATER }), {
      code: "conflict",
      key: "careAfter.already_confirmed",
    });
    await refusedUnchanged(
      h.db,
      "0b7e0e6e-0000-4000-8000-000000000000",
      () => resolveDispute(h.db, { requestId: "0b7e0e6e-0000-4000-8000-000000000000", adminId: admin, outcome: "completed", now: LATER }),
      { code: "not_found", key: "not_found" },
    );
  });

  it("double clicks and races change nothing twice: ten confirmations and ten hand-overs at once", async () => {
    const { parent, helper, id } = await matched(h.db);
    await report(id, helper);
    const reportedAt = (await reportOf(h.db, id))!.reportedAt.toISOString();
    const confirms = await Promise.allSettled(
      Array.from({ length: 10 }, () => confirmReport(h.db, { requestId: id, viewerId: parent, reportedAt, now: LATER })),
    );
    expect(confirms.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await h.db.select().from(careSettlements).where(eq(careSettlements.requestId, id))).toHaveLength(1);
    const handOvers = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => confirmHandOver(h.db, { requestId: id, viewerId: i % 2 ? parent : helper, now: LATER })),
    );
    expect(handOvers.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect((await requestRow(h.db, id))!.state).toBe("settled");
    expect(await kindsFor(h.db, helper, id)).toEqual(["after_confirmed", expect.stringMatching(/^after_(settled|hand_over_confirmed)$/)]);
    expect(await h.db.select().from(careReports).where(eq(careReports.requestId, id))).toHaveLength(1);
  });

  it("a report waits for the end in force, not the one first agreed", async () => {
    const { helper, id } = await matched(h.db, { endAt: at("12:00") });
    await refusedUnchanged(h.db, id, () => report(id, helper, "10:00", "11:30", [], at("11:45")), {
      code: "conflict",
      key: "careAfter.not_ended",
    });
    await report(id, helper, "10:00", "11:50", [], at("12:05"));
    expect((await requestRow(h.db, id))!.state).toBe("reported");
  });
});
