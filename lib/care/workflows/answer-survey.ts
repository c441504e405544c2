import "server-only";
import type { Db } from "@/db/client";
import { isFirstCompletedCare, saveSurvey } from "@/db/queries/care-feedback";
import { feedbackRefusal } from "@/lib/care/after/feedback";
import { surveySchema } from "@/lib/care/after/survey";
import { AppError } from "@/lib/errors";
import { PARTIES, withCare } from "./with-care";

/** The short survey, once; the question depends on whether this was the parent's first completed care. */
export async function answerSurvey(db: Db, s: { requestId: string; viewerId: string; form: unknown; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, s.requestId, s.viewerId, PARTIES, s.now);
    const refusal = feedbackRefusal(locked.role, locked.state);
    if (refusal) throw new AppError("conflict", { key: `careAfter.${refusal}` });
    const firstTime = await isFirstCompletedCare(tx, s.viewerId, s.requestId);
    const parsed = surveySchema(firstTime).safeParse(s.form);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AppError("invalid_input", { key: `field.${issue.message}`, field: String(issue.path[0] ?? "survey") });
    }
    const { answer } = parsed.data;
    const record = {
      firstTime,
      wouldUseAgain: answer.kind === "first" ? answer.wouldUseAgain : null,
      outcomes: answer.kind === "repeat" ? answer.outcomes : null,
    };
    if (!(await saveSurvey(tx, s.requestId, record, s.now))) throw new AppError("conflict", { key: "careAfter.already_surveyed" });
  });
}
