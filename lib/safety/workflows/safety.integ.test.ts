import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { blockedPhones, careRecipients, mailOutbox, members, notifications, reports } from "@/db/schema";
import { SYSTEM_END_REASON } from "@/lib/care";
import { answerCareRequest } from "@/lib/care/workflows/answer";
import { postCareRequest } from "@/lib/care/workflows/post-request";
import { answerAtDesk, decideAppeal } from "@/lib/desk/workflows/answer";
import { askDesk } from "@/lib/desk/workflows/ask";
import { sendPhoneCode } from "@/lib/members/workflows/send-phone-code";
import { matched, requestRow } from "@/test/care-after";
import { BEFORE, child, connect, createCareTestDb, member, ok, request } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { newMember } from "@/test/members";
import { outboxSender } from "@/test/phone";
import { decideReport, reviewReport } from "./decide-report";
import { submitReport } from "./report";

const START = new Date("2026-11-26T10:00:00+09:00");
const END = new Date("2026-11-26T11:00:00+09:00");
const key = outboxSender.key;
const mail = { MAIL_FROM: "desk@example.com" };

describe.each(testDbKindsOf(import.meta.url))("reports, suspensions and the desk on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  const notices = (userId: string) =>
    h.db
      .select({ kind: notifications.kind, requestId: notifications.requestId, data: notifications.data })
      .from(notifications)
      .where(eq(notifications.userId, userId));
  const statusOf = async (userId: string) =>
    (await h.db.select({ s: members.status }).from(members).where(eq(members.userId, userId)))[0]!.s;

  it("a report decided as a suspension ends the member's cares through the normal paths, tells each side, and blocks their number", async () => {
    // The helper, to be suspended, has a matched care with the parent, a request of their own, and is asked by the parent.
    const { parent, helper, other, stranger, id: care } = await matched(h.db, { startAt: START, endAt: END });
    const faraway = await member(h.db, "遠", { town: "あおば町" });
    const admin = await member(h.db, "運営");
    await h.db
      .update(members)
      .set({ capabilities: ["admin"] })
      .where(eq(members.userId, admin));
    const [kid, helperKid] = [await child(h.db, parent, "2020-01-01"), await child(h.db, helper, "2019-01-01")];
    await connect(h.db, helper, other);
    const helpersOwn = await postCareRequest(h.db, helper, request([helperKid], [parent, other]), BEFORE);
    const asking = await postCareRequest(h.db, parent, request([kid], [helper, other]), BEFORE);
    await answerCareRequest(h.db, helper, ok(asking), BEFORE);

    // Only what the reporter can see: a member of another town finds nobody to report, nor themselves;
    // a neighbour who was not asked finds no care.
    const input = { target: "member", targetId: helper, category: "child_safety", text: "気になることがありました" } as const;
    await expect(submitReport(h.db, { reporterId: faraway, input, now: BEFORE })).rejects.toMatchObject({ code: "not_found" });
    await expect(submitReport(h.db, { reporterId: helper, input, now: BEFORE })).rejects.toMatchObject({ code: "not_found" });
    const careInput = { target: "care", targetId: care, category: "other", text: "x" } as const;
    await expect(submitReport(h.db, { reporterId: stranger, input: careInput, now: BEFORE })).rejects.toMatchObject({ code: "not_found" });
    const reportId = await submitReport(h.db, { reporterId: parent, input, now: BEFORE });
    const [row] = await h.db.select().from(reports).where(eq(reports.id, reportId));
    expect(row).toMatchObject({ reportedId: helper, state: "new", respondBy: new Date(BEFORE.getTime() + 24 * 3_600_000) });
    // A report about a child's safety reaches every admin at once.
    expect(await notices(admin)).toContainEqual({ kind: "safety.urgent_report", requestId: null, data: { reportId } });

    await reviewReport(h.db, { reportId, now: BEFORE });
    await expect(reviewReport(h.db, { reportId, now: BEFORE })).rejects.toMatchObject({ messageKey: "safety.report_not_new" });
    const decide = { reportId, decision: "suspension", reason: "安全のため", key, now: BEFORE } as const;
    await expect(decideReport(h.db, { ...decide, adminId: parent })).rejects.toMatchObject({ messageKey: "safety.own_report" });
    await decideReport(h.db, { ...decide, adminId: admin });
    await expect(decideReport(h.db, { ...decide, adminId: admin })).rejects.toMatchObject({ messageKey: "safety.report_decided" });

    expect(await statusOf(helper)).toBe("suspended");
    expect(await requestRow(h.db, care)).toMatchObject({
      state: "cancelled",
      cancelledBy: null,
      cancelReason: SYSTEM_END_REASON,
      cancellationChargeYen: 0,
    });
    expect(await requestRow(h.db, helpersOwn)).toMatchObject({ state: "withdrawn", cancelReason: SYSTEM_END_REASON });
    // The parent's request stops asking the suspended helper and goes back to open (their OK was the only one).
    expect(await requestRow(h.db, asking)).toMatchObject({ state: "open" });
    expect((await h.db.select().from(careRecipients).where(eq(careRecipients.requestId, asking))).map((r) => r.userId)).toEqual([other]);

    const told = await notices(parent);
    expect(told).toContainEqual({ kind: "care_ended", requestId: care, data: { start: START.toISOString() } });
    expect(told).toContainEqual(expect.objectContaining({ kind: "care_ended", requestId: helpersOwn }));
    expect(told).toContainEqual({ kind: "safety.report_handled", requestId: null, data: {} });
    expect(await notices(other)).toContainEqual(expect.objectContaining({ kind: "care_ended", requestId: helpersOwn }));
    expect(await notices(helper)).toContainEqual({ kind: "safety.decision_suspension", requestId: null, data: { reason: "安全のため" } });

    // The suspended member's verified number verifies no other account, and is kept only as a hash.
    const [helperRow] = await h.db.select({ phone: members.phone }).from(members).where(eq(members.userId, helper));
    const again = await newMember(h.db, { name: "再登録", kana: "さいとうろく", phone: helperRow!.phone!, phoneVerified: false });
    await expect(sendPhoneCode(h.db, outboxSender, again.id, BEFORE)).rejects.toMatchObject({
      code: "conflict",
      messageKey: "phone.blocked",
    });
    const blocked = await h.db.select().from(blockedPhones).where(eq(blockedPhones.userId, helper));
    expect(blocked).toHaveLength(1);
    expect(blocked[0]!.phoneKey).not.toContain(helperRow!.phone!.slice(3));

    // The suspended member appeals once; lifting the suspension makes the account active and frees the number.
    const appeal = { from: { userId: helper, suspended: true }, category: "appeal", text: "誤解です", locale: "ja", now: BEFORE } as const;
    const threadId = await askDesk(h.db, appeal);
    await expect(askDesk(h.db, appeal)).rejects.toMatchObject({ code: "invalid_input", field: "category" });
    await decideAppeal(h.db, { threadId, adminId: admin, outcome: "lift", body: "確認しました", now: BEFORE });
    await expect(decideAppeal(h.db, { threadId, adminId: admin, outcome: "uphold", body: "x", now: BEFORE })).rejects.toMatchObject({
      messageKey: "contact.appeal_decided",
    });
    expect(await statusOf(helper)).toBe("active");
    expect(await h.db.select().from(blockedPhones).where(eq(blockedPhones.userId, helper))).toEqual([]);
    expect(await notices(helper)).toContainEqual({ kind: "contact.appeal_lifted", requestId: null, data: { threadId } });
  });

  it("the desk answers a member in the app and a visitor by e-mail; the appeal is not offered to others", async () => {
    const [asker, admin] = [await member(h.db, "相談"), await member(h.db, "運営")];
    const now = BEFORE;
    const appeal = { from: { userId: asker, suspended: false }, category: "appeal", text: "x", locale: "ja", now } as const;
    await expect(askDesk(h.db, appeal)).rejects.toMatchObject({ field: "category" });
    const memberThread = await askDesk(h.db, { ...appeal, category: "money" });
    await answerAtDesk(h.db, mail, { threadId: memberThread, adminId: admin, body: "お答えします", now });
    expect(await notices(asker)).toEqual([{ kind: "contact.answered", requestId: null, data: { threadId: memberThread } }]);

    const visitor = { from: { email: "visitor@example.com", ip: null }, category: "safety", text: "心配です", locale: "en", now } as const;
    const visitorThread = await askDesk(h.db, visitor);
    await answerAtDesk(h.db, mail, { threadId: visitorThread, adminId: admin, body: "We answer here.", now });
    const sent = await h.db.select().from(mailOutbox).where(eq(mailOutbox.to, "visitor@example.com"));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toContain("consultation desk");
    expect(sent[0]!.text).toContain("We answer here.");

    // A visitor's address is limited like a member: five questions a day.
    for (let i = 0; i < 4; i++) await askDesk(h.db, visitor);
    await expect(askDesk(h.db, visitor)).rejects.toMatchObject({ code: "rate_limited", messageKey: "contact.too_many" });
    expect(
      await h.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, admin), eq(notifications.kind, "contact.answered"))),
    ).toEqual([]);
  });
});
