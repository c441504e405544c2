import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { reportOf } from "@/db/queries/care-completion";
import { loadProfile } from "@/db/queries/profiles";
import { standingRecords } from "@/db/queries/standing";
import { members, notifications, organiserApplications, qualifications, singleParentVerifications } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { confirmReport } from "@/lib/care/workflows/confirm";
import { reportCare } from "@/lib/care/workflows/report";
import { TRAINING_MODULES } from "@/lib/members/certification";
import { standingOn } from "@/lib/members/standing";
import { approveSchema, rejectSchema, verifyQualificationSchema } from "@/lib/members/standing-forms";
import { createMatchedCare } from "@/test/care";
import { at } from "@/test/care-after";
import { connect, member } from "@/test/care-data";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { refusal } from "@/test/refusal";
import { sweepOnce } from "@/test/sweep";
import { applyForCertification } from "./apply-certification";
import { approveCertification } from "./decide-certification";
import { rejectAtDesk } from "./reject-at-desk";
import { askSingleParentVerification, verifySingleParent } from "./single-parent";
import { submitQualification } from "./submit-qualification";
import { verifyQualification } from "./verify-qualification";

const training = (on: string) => TRAINING_MODULES.map((module) => ({ module, completedOn: on }));

describe.each(testDbKindsOf(import.meta.url))("the certification desk and the one standing function on %s", (kind) => {
  let h: DbHandle;
  let admin: string;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
    admin = await member(h.db, "運営");
    await h.db
      .update(members)
      .set({ capabilities: ["admin"] })
      .where(eq(members.userId, admin));
  });
  afterAll(async () => h?.close());

  /** Applies and is approved on `day` (Tokyo, 09:00). */
  async function certify(userId: string, day: string) {
    const applicationId = await applyForCertification(h.db, {
      userId,
      identityDocument: "drivers_licence",
      training: training(day),
      now: at("09:00", day),
    });
    return approveCertification(h.db, {
      applicationId,
      identityDocument: "drivers_licence",
      documentLast4: "12ab",
      adminId: admin,
      now: at("10:00", day),
    });
  }

  /** A one-hour care on `day`, reported and confirmed: the thank-you frozen at completion. */
  async function paidFor(parent: string, helper: string, day: string) {
    const id = await createMatchedCare(h.db, { parentId: parent, helperId: helper, startAt: at("10:00", day), endAt: at("11:00", day) });
    await reportCare(h.db, { requestId: id, viewerId: helper, startTime: "10:00", endTime: "11:00", expenses: [], now: at("12:00", day) });
    const reportedAt = (await reportOf(h.db, id))!.reportedAt.toISOString();
    await confirmReport(h.db, { requestId: id, viewerId: parent, reportedAt, now: at("13:00", day) });
    return (await reportOf(h.db, id))!.parentPaysYen;
  }

  it("certifies for a year: the supplement applies on the last day and not the day after, and the badge follows the same function", async () => {
    const [parent, helper] = [await member(h.db, "親"), await member(h.db, "助")];
    await connect(h.db, parent, helper);
    expect(await certify(helper, "2025-06-01")).toEqual({ from: "2025-06-01", until: "2026-05-31" });
    const [row] = await h.db.select().from(members).where(eq(members.userId, helper));
    expect(row!.organiserCertifiedUntil).toBe("2026-05-31");
    expect(row!.capabilities).toContain("organiser");
    const [application] = await h.db.select().from(organiserApplications).where(eq(organiserApplications.userId, helper));
    expect(application).toMatchObject({ status: "approved", identityDocumentLast4: "12AB", decidedBy: admin });

    expect(await paidFor(parent, helper, "2026-05-31")).toBe(600);
    expect(await paidFor(parent, helper, "2026-06-01")).toBe(500);

    const badges = async (day: string) => (await loadProfile(h.db, parent, helper, day))!;
    const lastDay = await badges("2026-05-31");
    const dayAfter = await badges("2026-06-01");
    expect(lastDay.view === "full" && lastDay.profile.badges).toEqual(["organiser"]);
    expect(dayAfter.view === "full" && dayAfter.profile.badges).toEqual([]);
    // Expired, the account stays and so does the capability; what it is shown as follows the standing.
    expect(dayAfter.view === "full" && dayAfter.profile.capabilities).toEqual(["parent", "supporter"]);
    expect(standingOn(await standingRecords(h.db, helper), "2026-06-01").certifiedOrganiser).toBe(false);
  });

  it("earns nothing from the capability alone, and nothing for a care before the day of approval", async () => {
    const [parent, helper] = [await member(h.db, "親"), await member(h.db, "助")];
    await connect(h.db, parent, helper);
    await h.db
      .update(members)
      .set({ capabilities: ["supporter", "organiser"] })
      .where(eq(members.userId, helper));
    expect(await paidFor(parent, helper, "2026-03-01")).toBe(500);
    await certify(helper, "2026-03-03");
    const care = await createMatchedCare(h.db, {
      parentId: parent,
      helperId: helper,
      startAt: at("10:00", "2026-03-02"),
      endAt: at("11:00", "2026-03-02"),
    });
    await reportCare(h.db, {
      requestId: care,
      viewerId: helper,
      startTime: "10:00",
      endTime: "11:00",
      expenses: [],
      now: at("12:00", "2026-03-04"),
    });
    const reportedAt = (await reportOf(h.db, care))!.reportedAt.toISOString();
    await confirmReport(h.db, { requestId: care, viewerId: parent, reportedAt, now: at("13:00", "2026-03-04") });
    expect((await reportOf(h.db, care))!.parentPaysYen).toBe(500);
    expect(await paidFor(parent, helper, "2026-03-05")).toBe(600);
  });

  it("renews from the current end; renewing too early, twice, or deciding twice is refused", async () => {
    const organiser = await member(h.db, "更");
    await certify(organiser, "2025-06-01");
    expect(
      await refusal(
        applyForCertification(h.db, {
          userId: organiser,
          identityDocument: "passport",
          training: training("2026-01-01"),
          now: at("09:00", "2026-01-01"),
        }),
        { values: true },
      ),
    ).toEqual({ code: "conflict", key: "standing.renewal_not_yet", values: { date: "2026-04-01" } });
    const renewal = await applyForCertification(h.db, {
      userId: organiser,
      identityDocument: "passport",
      training: training("2026-04-20"),
      now: at("09:00", "2026-05-01"),
    });
    expect(
      await refusal(
        applyForCertification(h.db, {
          userId: organiser,
          identityDocument: "passport",
          training: training("2026-04-20"),
          now: at("09:00", "2026-05-01"),
        }),
      ),
    ).toEqual({ code: "conflict", key: "standing.already_applied" });
    expect(
      await approveCertification(h.db, {
        applicationId: renewal,
        identityDocument: "passport",
        documentLast4: "9876",
        adminId: admin,
        now: at("10:00", "2026-05-02"),
      }),
    ).toEqual({
      from: "2026-06-01",
      until: "2027-05-31",
    });
    expect(
      await refusal(
        approveCertification(h.db, {
          applicationId: renewal,
          identityDocument: "passport",
          documentLast4: "9876",
          adminId: admin,
          now: at("10:00", "2026-05-02"),
        }),
      ),
    ).toEqual({ code: "conflict", key: "standing.already_decided" });
    const records = await standingRecords(h.db, organiser);
    expect(records).toMatchObject({ organiserCertifiedFrom: "2025-06-01", organiserCertifiedUntil: "2027-05-31" });
    expect(standingOn(records, "2026-06-15").certifiedOrganiser).toBe(true);
  });

  it("an admin cannot decide their own application", async () => {
    const other = await member(h.db, "運営二");
    await h.db
      .update(members)
      .set({ capabilities: ["supporter", "admin"] })
      .where(eq(members.userId, other));
    const own = await applyForCertification(h.db, {
      userId: other,
      identityDocument: "passport",
      training: training("2026-01-01"),
      now: at("09:00", "2026-01-02"),
    });
    expect(
      await refusal(
        approveCertification(h.db, {
          applicationId: own,
          identityDocument: "passport",
          documentLast4: "1111",
          adminId: other,
          now: at("10:00", "2026-01-02"),
        }),
      ),
    ).toEqual({
      code: "conflict",
      key: "standing.own_request",
    });
    expect(
      await refusal(
        rejectAtDesk(h.db, { subject: "certification", id: crypto.randomUUID(), reason: "x", adminId: admin, now: new Date() }),
      ),
    ).toEqual({
      code: "not_found",
      key: "not_found",
    });
  });

  it("rejects with a reason, which the member reads; rejecting without one is refused by the form and saves nothing", async () => {
    const applicant = await member(h.db, "却");
    const id = await applyForCertification(h.db, {
      userId: applicant,
      identityDocument: "other",
      training: training("2026-01-01"),
      now: at("09:00", "2026-01-02"),
    });
    const blank = rejectSchema.safeParse({ subject: "certification", id, reason: "   " });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["reason", "required"]]);
    expect(approveSchema.safeParse({ applicationId: id, identityDocument: "passport", documentLast4: "" }).error?.issues[0]?.message).toBe(
      "required",
    );
    expect(
      approveSchema.safeParse({ applicationId: id, identityDocument: "my_number_card", documentLast4: "1234" }).error?.issues[0]?.message,
    ).toBe("no_individual_number");
    const [before] = await h.db.select().from(organiserApplications).where(eq(organiserApplications.id, id));
    expect(before!.status).toBe("applied");
    await rejectAtDesk(h.db, {
      subject: "certification",
      id,
      reason: "研修の修了証を確認できませんでした。",
      adminId: admin,
      now: at("10:00", "2026-01-03"),
    });
    const [after] = await h.db.select().from(organiserApplications).where(eq(organiserApplications.id, id));
    expect(after).toMatchObject({ status: "rejected", rejectReason: "研修の修了証を確認できませんでした。", validUntil: null });
    const kinds = await h.db.select({ kind: notifications.kind }).from(notifications).where(eq(notifications.userId, applicant));
    expect(kinds.map((k) => k.kind)).toEqual(["standing.certification_rejected"]);
    const [m] = await h.db.select().from(members).where(eq(members.userId, applicant));
    expect(m!.organiserCertifiedUntil).toBeNull();
  });

  it("verifies a qualification until the expiry the admin sets (never in the past): supplement and badge from that day", async () => {
    const [parent, helper] = [await member(h.db, "親"), await member(h.db, "保")];
    await connect(h.db, parent, helper);
    const id = await submitQualification(h.db, {
      userId: helper,
      kind: "hoikushi",
      certificateNumber: "東京-123456",
      now: at("09:00", "2026-04-01"),
    });
    expect(
      verifyQualificationSchema("2026-04-01").safeParse({ qualificationId: id, validUntil: "2026-03-31" }).error?.issues[0]?.message,
    ).toBe("expiry_in_past");
    expect(await paidFor(parent, helper, "2026-04-01")).toBe(500);
    await verifyQualification(h.db, { qualificationId: id, validUntil: "2026-04-30", adminId: admin, now: at("10:00", "2026-04-02") });
    expect(await paidFor(parent, helper, "2026-04-30")).toBe(600);
    expect(await paidFor(parent, helper, "2026-05-01")).toBe(500);
    const [row] = await h.db.select().from(qualifications).where(eq(qualifications.id, id));
    expect(row).toMatchObject({ status: "approved", certificateNumber: "東京-123456", validUntil: "2026-04-30", verifiedBy: admin });
    const profile = (await loadProfile(h.db, parent, helper, "2026-04-30"))!;
    expect(profile.view === "full" && profile.profile.badges).toEqual(["hoikushi"]);
  });

  it("verifies single-parent status (the document type seen, no copy): the discount through its last day", async () => {
    const [parent, helper] = [await member(h.db, "独"), await member(h.db, "助")];
    await connect(h.db, parent, helper);
    const id = await askSingleParentVerification(h.db, {
      userId: parent,
      document: "child_rearing_allowance",
      now: at("09:00", "2026-07-01"),
    });
    expect(await refusal(askSingleParentVerification(h.db, { userId: parent, document: "other", now: at("09:00", "2026-07-01") }))).toEqual(
      {
        code: "conflict",
        key: "standing.already_applied",
      },
    );
    await verifySingleParent(h.db, {
      verificationId: id,
      document: "single_parent_medical",
      validUntil: "2026-07-31",
      adminId: admin,
      now: at("10:00", "2026-07-01"),
    });
    const [row] = await h.db.select().from(singleParentVerifications).where(eq(singleParentVerifications.id, id));
    expect(row).toMatchObject({ status: "approved", document: "single_parent_medical", validUntil: "2026-07-31" });
    expect(await paidFor(parent, helper, "2026-07-31")).toBe(400);
    expect(await paidFor(parent, helper, "2026-08-01")).toBe(500);
  });

  it("reminds 30 days before the end, once per period, and again after a renewal", async () => {
    const organiser = await member(h.db, "知");
    await certify(organiser, "2025-09-01"); // until 2026-08-31
    const reminders = async () =>
      (await h.db.select().from(notifications).where(eq(notifications.userId, organiser))).filter(
        (n) => n.kind === "standing.certification_ending",
      );
    await sweepOnce(h.db, at("09:00", "2026-07-31"));
    expect(await reminders()).toHaveLength(0);
    const first = await sweepOnce(h.db, at("09:00", "2026-08-01"));
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    await sweepOnce(h.db, at("09:00", "2026-08-02"));
    await Promise.all([sweepOnce(h.db, at("09:05", "2026-08-02")), sweepOnce(h.db, at("09:05", "2026-08-02"))]);
    expect((await reminders()).map((n) => n.data)).toEqual([{ until: "2026-08-31" }]);
    const renewal = await applyForCertification(h.db, {
      userId: organiser,
      identityDocument: "passport",
      training: training("2026-08-01"),
      now: at("09:00", "2026-08-03"),
    });
    await approveCertification(h.db, {
      applicationId: renewal,
      identityDocument: "passport",
      documentLast4: "5555",
      adminId: admin,
      now: at("10:00", "2026-08-03"),
    });
    await sweepOnce(h.db, at("09:00", "2026-08-04"));
    expect(await reminders()).toHaveLength(1);
    await sweepOnce(h.db, at("09:00", "2027-08-01"));
    expect((await reminders()).map((n) => n.data)).toEqual([{ until: "2026-08-31" }, { until: "2027-08-31" }]);
  });
});
