import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listContested, listOwnReliability } from "@/db/queries/reliability";
import { careRequests, members, reliabilityRecords } from "@/db/schema";
import { TASKS } from "@/lib/jobs/workflows/tasks";
import { FAMISAPO_EXAMPLE_RULEBOOK } from "@/lib/thanks";
import { at, kindsFor, matched, refusedUnchanged, requestRow } from "@/test/care-after";
import { createCareTestDb, member } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { refusal } from "@/test/refusal";
import { contestNoShow } from "./contest-no-show";
import { decideNoShowContest } from "./decide-no-show-contest";
import { markNoShow } from "./mark-no-show";

const recordsOf = (h: DbHandle, requestId: string) =>
  h.db.select().from(reliabilityRecords).where(eq(reliabilityRecords.requestId, requestId));

describe.each(testDbKindsOf(import.meta.url))("no-shows both ways and contests on %s", (kind) => {
  let h: DbHandle;
  let admin: string;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
    admin = await member(h.db, "運営");
    await h.db
      .update(members)
      .set({ capabilities: ["parent", "supporter", "admin"] })
      .where(eq(members.userId, admin));
  });
  afterAll(async () => h?.close());

  it("the supporter records the parent's no-show: the parent's record, the rulebook's full charge; contested and upheld, the record is deleted", async () => {
    const { parent, helper, id } = await matched(h.db);
    await h.db.update(careRequests).set({ rulebookKey: FAMISAPO_EXAMPLE_RULEBOOK.key }).where(eq(careRequests.id, id));
    await markNoShow(h.db, { requestId: id, viewerId: helper, reason: "家に誰もいませんでした", now: at("10:30") });
    expect(await requestRow(h.db, id)).toMatchObject({ state: "cancelled", cancelledBy: helper });
    expect((await requestRow(h.db, id))?.cancellationCharge).toMatchObject({ basis: "no_show", percent: 100 });
    const record = (await listOwnReliability(h.db, parent, at("11:00")))[0]!;
    expect(record).toMatchObject({ kind: "no_show", requestId: id });
    expect(await listOwnReliability(h.db, helper, at("11:00"))).toEqual([]);
    expect(await kindsFor(h.db, parent, id)).toEqual(["after_no_show_parent"]);

    // Only the member it is about may contest, once.
    const contest = (viewerId: string, now = at("12:00", "2026-06-03")) =>
      contestNoShow(h.db, { recordId: record.id, viewerId, reason: "約束の場所で待っていました", now });
    expect(await refusal(contest(helper))).toEqual({ code: "not_found", key: "not_found" });
    await contest(parent);
    expect(await refusal(contest(parent))).toEqual({ code: "conflict", key: "careAfter.contest_already" });
    expect((await kindsFor(h.db, admin)).filter((k) => k === "no_show_contested").length).toBeGreaterThan(0);
    expect((await listContested(h.db)).map((r) => r.id)).toContain(record.id);

    // A party to the care cannot decide; a non-admin is stopped by the action (lib/action).
    await refusedUnchanged(
      h.db,
      id,
      () => decideNoShowContest(h.db, { recordId: record.id, adminId: helper, outcome: "upheld", now: at("09:00", "2026-06-04") }),
      {
        code: "conflict",
        key: "careAfter.own_dispute",
      },
    );
    await decideNoShowContest(h.db, { recordId: record.id, adminId: admin, outcome: "upheld", now: at("09:00", "2026-06-04") });
    expect(await recordsOf(h, id)).toEqual([]);
    expect(await kindsFor(h.db, parent, id)).toContain("no_show_contest_upheld");
    expect(await kindsFor(h.db, helper, id)).toContain("no_show_contest_upheld_other");
    expect(
      await refusal(
        decideNoShowContest(h.db, { recordId: record.id, adminId: admin, outcome: "rejected", now: at("09:00", "2026-06-04") }),
      ),
    ).toEqual({
      code: "not_found",
      key: "not_found",
    });
  });

  it("a rejected contest keeps the record; after 7 days there is no contest; after 12 months the job deletes the row", async () => {
    const { parent, helper, id } = await matched(h.db);
    await markNoShow(h.db, { requestId: id, viewerId: parent, reason: "来ませんでした", now: at("10:30") });
    const record = (await listOwnReliability(h.db, helper, at("11:00")))[0]!;
    expect(
      await refusal(contestNoShow(h.db, { recordId: record.id, viewerId: helper, reason: "x", now: at("10:30", "2026-06-08") })),
    ).toEqual({ code: "conflict", key: "careAfter.contest_closed" });
    await contestNoShow(h.db, { recordId: record.id, viewerId: helper, reason: "行きました", now: at("10:29", "2026-06-08") });
    await decideNoShowContest(h.db, { recordId: record.id, adminId: admin, outcome: "rejected", now: at("09:00", "2026-06-09") });
    expect(await listOwnReliability(h.db, helper, at("09:00", "2026-06-09"))).toEqual([
      expect.objectContaining({ id: record.id, contestRejectedAt: at("09:00", "2026-06-09") }),
    ]);
    expect(await kindsFor(h.db, helper, id)).toContain("no_show_contest_rejected");
    expect(await kindsFor(h.db, parent, id)).toContain("no_show_contest_rejected_other");

    // The retention schedule deletes each record at its own expiry, twelve months after it.
    const expiry = TASKS.find((t) => t.name === "retention")!;
    await expiry.run(h.db, at("10:29", "2027-06-01"));
    expect(await recordsOf(h, id)).toHaveLength(1);
    expect(await expiry.run(h.db, at("10:30", "2027-06-01"))).toBeGreaterThan(0);
    expect(await recordsOf(h, id)).toEqual([]);
  });
});
