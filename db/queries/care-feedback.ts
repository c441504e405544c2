import { and, count, eq, isNull, lt, ne } from "drizzle-orm";
import type { CareState } from "@/lib/care";
import { surveySchema } from "@/lib/care/after/survey";
import { AppError } from "@/lib/errors";
import type { Db } from "../client";
import { careFeedback, careReports, careRequests } from "../schema";
import { type LockedCare, noticeData, PARTIES, withCare } from "@/lib/care/workflows/with-care";
import { notify } from "@/lib/notify/workflows/notify";

export type FeedbackRow = typeof careFeedback.$inferSelect;
const DONE: ReadonlySet<CareState> = new Set(["completed", "settled"]);

// Feedback is the parent's, about a care that was completed.
async function lockForFeedback(tx: Db, requestId: string, viewerId: string, now: Date): Promise<LockedCare> {
  const locked = await withCare(tx, requestId, viewerId, PARTIES, now);
  if (locked.role !== "parent") throw new AppError("conflict", { key: "careAfter.wrong_side" });
  if (!DONE.has(locked.state)) throw new AppError("conflict", { key: "careAfter.feedback_too_early" });
  return locked;
}

export async function feedbackOf(db: Db, requestId: string): Promise<FeedbackRow | null> {
  const [row] = await db.select().from(careFeedback).where(eq(careFeedback.requestId, requestId));
  return row ?? null;
}

/**
 * Whether this was the parent's first completed care: none of their other cares was confirmed
 * before it. Later cares never change which question an earlier one asked.
 */
export async function isFirstCompletedCare(db: Db, parentId: string, requestId: string): Promise<boolean> {
  const [mine] = await db.select({ at: careReports.confirmedAt }).from(careReports).where(eq(careReports.requestId, requestId));
  if (!mine?.at) return false;
  const [earlier] = await db
    .select({ n: count() })
    .from(careReports)
    .innerJoin(careRequests, eq(careRequests.id, careReports.requestId))
    .where(and(eq(careRequests.parentId, parentId), ne(careReports.requestId, requestId), lt(careReports.confirmedAt, mine.at)));
  return (earlier?.n ?? 0) === 0;
}

/** The parent's thank-you message to the helper, once. */
export async function thankHelper(db: Db, t: { requestId: string; viewerId: string; message: string; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await lockForFeedback(tx, t.requestId, t.viewerId, t.now);
    const set = { thankYouMessage: t.message, thankedAt: t.now };
    const saved = await tx
      .insert(careFeedback)
      .values({ requestId: t.requestId, ...set })
      .onConflictDoUpdate({ target: careFeedback.requestId, set, setWhere: isNull(careFeedback.thankedAt) })
      .returning({ id: careFeedback.requestId });
    if (saved.length === 0) throw new AppError("conflict", { key: "careAfter.already_thanked" });
    const data = await noticeData(tx, locked.request, t.viewerId);
    await notify(tx, { userId: locked.request.helperId!, kind: "after_thanked", requestId: t.requestId, data });
  });
}

/** The short survey, once; the question depends on whether this was the parent's first completed care. */
export async function answerSurvey(db: Db, s: { requestId: string; viewerId: string; form: unknown; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    await lockForFeedback(tx, s.requestId, s.viewerId, s.now);
    const firstTime = await isFirstCompletedCare(tx, s.viewerId, s.requestId);
    const parsed = surveySchema(firstTime).safeParse(s.form);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AppError("invalid_input", { key: `field.${issue.message}`, field: String(issue.path[0] ?? "survey") });
    }
    const { answer } = parsed.data;
    const set = {
      firstTime,
      wouldUseAgain: answer.kind === "first" ? answer.wouldUseAgain : null,
      outcomes: answer.kind === "repeat" ? answer.outcomes : null,
      surveyedAt: s.now,
    };
    const saved = await tx
      .insert(careFeedback)
      .values({ requestId: s.requestId, ...set })
      .onConflictDoUpdate({ target: careFeedback.requestId, set, setWhere: isNull(careFeedback.surveyedAt) })
      .returning({ id: careFeedback.requestId });
    if (saved.length === 0) throw new AppError("conflict", { key: "careAfter.already_surveyed" });
  });
}

