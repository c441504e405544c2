import { and, count, eq, isNull, lt, ne } from "drizzle-orm";
import type { SurveyOutcome } from "@/lib/care/after/survey";
import type { Db } from "../client";
import { careFeedback, careReports, careRequests } from "../schema";

export type FeedbackRow = typeof careFeedback.$inferSelect;

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

/** Stores the parent's thank-you message unless one was already sent; false if it was. */
export async function saveThankYou(tx: Db, requestId: string, message: string, now: Date): Promise<boolean> {
  const set = { thankYouMessage: message, thankedAt: now };
  const saved = await tx
    .insert(careFeedback)
    .values({ requestId, ...set })
    .onConflictDoUpdate({ target: careFeedback.requestId, set, setWhere: isNull(careFeedback.thankedAt) })
    .returning({ id: careFeedback.requestId });
  return saved.length > 0;
}

type SurveyRecord = { firstTime: boolean; wouldUseAgain: boolean | null; outcomes: SurveyOutcome[] | null };

/** Stores the survey answer unless it was already answered; false if it was. */
export async function saveSurvey(tx: Db, requestId: string, answer: SurveyRecord, now: Date): Promise<boolean> {
  const set = { ...answer, surveyedAt: now };
  const saved = await tx
    .insert(careFeedback)
    .values({ requestId, ...set })
    .onConflictDoUpdate({ target: careFeedback.requestId, set, setWhere: isNull(careFeedback.surveyedAt) })
    .returning({ id: careFeedback.requestId });
  return saved.length > 0;
}
