import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { afterMatchView } from "@/db/queries/care-after-view";
import { wasNoShow } from "@/db/queries/care-cancel";
import { listTimeChanges } from "@/db/queries/care-changes";
import { listOwnReliability } from "@/db/queries/reliability";
import { careRequests, reliabilityRecords, rulebooks } from "@/db/schema";
import { FAMISAPO_EXAMPLE_RULEBOOK } from "@/lib/thanks";
import { at, DAY_BEFORE, kindsFor, MORNING, matched, proposeAt, refusedUnchanged, requestRow } from "@/test/care-after";
import { createCareTestDb } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { cancelCare } from "./cancel";
import { markNoShow } from "./mark-no-show";

describe.each(testDbKindsOf(import.meta.url))("cancellations and no-shows on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  const propose = (requestId: string, viewerId: string, start: string, end: string, now = DAY_BEFORE) =>
    proposeAt(h.db, requestId, viewerId, start, end, now);

  it("a cancellation more than 24 h ahead is not late: nothing on anyone's record", async () => {
    const { parent, helper, id } = await matched(h.db);
    const result = await cancelCare(h.db, {
      requestId: id,
      viewerId: helper,
      reason: "急な出張が入りました",
      now: at("09:00", "2026-05-31"),
    });
    expect(result).toEqual({ late: false, charge: { yen: 0, percent: 0, basis: "helper_side", late: false } });
    expect(await requestRow(h.db, id)).toMatchObject({ state: "cancelled", cancelledBy: helper, cancelReason: "急な出張が入りました" });
    expect(await kindsFor(h.db, parent, id)).toEqual(["after_cancelled"]);
    expect(await h.db.select().from(reliabilityRecords).where(eq(reliabilityRecords.requestId, id))).toEqual([]);
    await refusedUnchanged(h.db, id, () => cancelCare(h.db, { requestId: id, viewerId: parent, reason: "x", now: MORNING }), {
      code: "conflict",
      key: "careAfter.cancelled",
    });
  });

  it("a late cancellation is recorded for the one who cancelled, for 12 months; the default rulebook charges nothing", async () => {
    const { parent, helper, id } = await matched(h.db);
    const pending = await propose(id, helper, "10:00", "12:00");
    const result = await cancelCare(h.db, { requestId: id, viewerId: parent, reason: "子どもが熱を出しました", now: MORNING });
    expect(result).toEqual({ late: true, charge: { yen: 0, percent: 0, basis: "none", late: true } });
    const mine = await listOwnReliability(h.db, parent, MORNING);
    expect(mine).toEqual([
      expect.objectContaining({
        kind: "late_cancellation",
        requestId: id,
        reason: "子どもが熱を出しました",
        expiresAt: at("08:00", "2027-06-01"),
      }),
    ]);
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

  it("cancelling needs a reason and is for before the end; a no-show is marked after the start", async () => {
    const { parent, helper, other, id } = await matched(h.db);
    await refusedUnchanged(h.db, id, () => cancelCare(h.db, { requestId: id, viewerId: parent, reason: " ", now: MORNING }), {
      code: "conflict",
      key: "careAfter.reason_required",
    });
    await refusedUnchanged(h.db, id, () => cancelCare(h.db, { requestId: id, viewerId: parent, reason: "x", now: at("11:30") }), {
      code: "conflict",
      key: "careAfter.already_ended",
    });
    const noShow = (viewerId: string, now: Date) =>
      markNoShow(h.db, { requestId: id, viewerId, reason: "約束の時間に来ませんでした", now });
    await refusedUnchanged(h.db, id, () => noShow(parent, at("09:59")), { code: "conflict", key: "careAfter.no_show_too_early" });
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

  it("the charge is frozen when the care is cancelled: a later change to the rulebook does not change it", async () => {
    const key = "famisapo_frozen_test";
    const rules = (percent: number) => ({
      ...FAMISAPO_EXAMPLE_RULEBOOK,
      key,
      cancellation: { tiers: [{ kind: "same_day", key: "same_day", percent }], noShowPercent: 100 },
    });
    await h.db.insert(rulebooks).values({ key, nameJa: "テスト", nameEn: "Test", rules: rules(50) });
    const { parent, helper, id } = await matched(h.db);
    const { id: still } = await matched(h.db);
    await h.db.update(careRequests).set({ rulebookKey: key }).where(eq(careRequests.id, id));
    await h.db.update(careRequests).set({ rulebookKey: key }).where(eq(careRequests.id, still));
    const { charge } = await cancelCare(h.db, { requestId: id, viewerId: parent, reason: "予定が変わりました", now: MORNING });
    expect(charge).toEqual({ yen: 250, percent: 50, basis: "tier", tierKey: "same_day", late: true });
    expect(await requestRow(h.db, id)).toMatchObject({ cancellationChargeYen: 250, cancellationCharge: charge });

    await h.db
      .update(rulebooks)
      .set({ rules: rules(100) })
      .where(eq(rulebooks.key, key));
    // The new rule is in force: a care not yet cancelled is told the new price…
    const open = await afterMatchView(h.db, still, (await requestRow(h.db, still))!.parentId, MORNING);
    expect(open?.cancelPreview?.charge).toMatchObject({ yen: 500, percent: 100 });
    // …while the cancelled one keeps what was agreed, for both sides.
    for (const viewer of [parent, helper]) {
      expect((await afterMatchView(h.db, id, viewer, at("12:00")))?.cancellation?.charge).toEqual(charge);
    }
    expect(await requestRow(h.db, id)).toMatchObject({ cancellationChargeYen: 250, cancellationCharge: charge });
  });

  it("a no-show stores its charge too: the parent never pays for the helper's absence", async () => {
    const { parent, helper, id } = await matched(h.db);
    await h.db.update(careRequests).set({ rulebookKey: FAMISAPO_EXAMPLE_RULEBOOK.key }).where(eq(careRequests.id, id));
    await markNoShow(h.db, { requestId: id, viewerId: parent, reason: "来ませんでした", now: at("10:30") });
    const charge = { yen: 0, percent: 0, basis: "helper_side", late: true };
    expect(await requestRow(h.db, id)).toMatchObject({ cancellationChargeYen: 0, cancellationCharge: charge });
    const view = await afterMatchView(h.db, id, helper, at("12:00"));
    expect(view?.cancellation).toMatchObject({ noShow: true, byMe: false, onMyRecord: true, charge });
  });
});
