import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { reportOf } from "@/db/queries/care-completion";
import { feedbackOf, isFirstCompletedCare } from "@/db/queries/care-feedback";
import { seedDemo } from "@/db/seed/town";
import { createMatchedCare } from "@/test/care";
import { at, kindsFor, matched } from "@/test/care-after";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { refusal } from "@/test/refusal";
import { answerSurvey } from "./answer-survey";
import { confirmReport } from "./confirm";
import { reportCare } from "./report";
import { thankHelper } from "./thank-helper";

describe.each(testDbKindsOf(import.meta.url))("thank-you message and survey on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());

  async function complete(requestId: string, parent: string, helper: string, day: string) {
    await reportCare(h.db, { requestId, viewerId: helper, startTime: "10:00", endTime: "11:00", expenses: [], now: at("12:00", day) });
    const reportedAt = (await reportOf(h.db, requestId))!.reportedAt.toISOString();
    await confirmReport(h.db, { requestId, viewerId: parent, reportedAt, now: at("13:00", day) });
  }
  const survey = (requestId: string, viewerId: string, form: Record<string, unknown>) =>
    answerSurvey(h.db, { requestId, viewerId, form: { requestId, ...form }, now: at("14:00", "2026-06-02") });

  it("first completed care: would use again; the next care asks for outcomes; each answered once", async () => {
    const { parent, helper, stranger, id } = await matched(h.db);
    expect(await refusal(survey(id, parent, { wouldUseAgain: "yes" }))).toEqual({ code: "conflict", key: "careAfter.feedback_too_early" });
    await complete(id, parent, helper, "2026-06-01");
    const second = await createMatchedCare(h.db, {
      parentId: parent,
      helperId: helper,
      startAt: at("10:00", "2026-06-02"),
      endAt: at("11:00", "2026-06-02"),
    });
    await complete(second, parent, helper, "2026-06-02");
    expect(await isFirstCompletedCare(h.db, parent, id)).toBe(true);
    expect(await isFirstCompletedCare(h.db, parent, second)).toBe(false);

    expect(await refusal(survey(id, parent, { outcomes: ["found_job"] }))).toEqual({
      code: "invalid_input",
      key: "field.choose_one",
      field: "wouldUseAgain",
    });
    await survey(id, parent, { wouldUseAgain: "yes" });
    expect(await feedbackOf(h.db, id)).toMatchObject({ firstTime: true, wouldUseAgain: true, outcomes: null });
    expect(await refusal(survey(id, parent, { wouldUseAgain: "no" }))).toEqual({ code: "conflict", key: "careAfter.already_surveyed" });

    await survey(second, parent, { outcomes: ["found_job", "own_time"] });
    expect(await feedbackOf(h.db, second)).toMatchObject({ firstTime: false, wouldUseAgain: null, outcomes: ["found_job", "own_time"] });

    expect(await refusal(survey(id, helper, { wouldUseAgain: "yes" }))).toEqual({ code: "conflict", key: "careAfter.wrong_side" });
    expect(await refusal(survey(id, stranger, { wouldUseAgain: "yes" }))).toEqual({ code: "not_found", key: "not_found" });
  });

  it("the parent thanks the helper once; the helper is told", async () => {
    const { parent, helper, other, id } = await matched(h.db);
    const thank = (viewerId: string, message: string) => thankHelper(h.db, { requestId: id, viewerId, message, now: at("15:00") });
    expect(await refusal(thank(parent, "ありがとう"))).toEqual({ code: "conflict", key: "careAfter.feedback_too_early" });
    await complete(id, parent, helper, "2026-06-01");
    expect(await refusal(thank(other, "ありがとう"))).toEqual({ code: "not_found", key: "not_found" });
    await thank(parent, "本当に助かりました。ありがとうございました。");
    expect(await feedbackOf(h.db, id)).toMatchObject({
      thankYouMessage: "本当に助かりました。ありがとうございました。",
      thankedAt: at("15:00"),
    });
    expect(await kindsFor(h.db, helper, id)).toEqual(["after_confirmed", "after_thanked"]);
    expect(await refusal(thank(parent, "もう一度"))).toEqual({ code: "conflict", key: "careAfter.already_thanked" });
    expect((await feedbackOf(h.db, id))!.thankYouMessage).toBe("本当に助かりました。ありがとうございました。");
  });
});
