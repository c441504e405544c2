import { eq } from "drizzle-orm";
import type { Expense, ThanksBreakdown } from "@/lib/thanks";
import type { Db } from "../client";
import { careReports } from "../schema";

export type CareReportRow = typeof careReports.$inferSelect;

export async function reportOf(db: Db, requestId: string): Promise<CareReportRow | null> {
  const [row] = await db.select().from(careReports).where(eq(careReports.requestId, requestId));
  return row ?? null;
}

/** The helper's report, or its correction: one row per care, replaced until the parent confirms it. */
export async function saveReport(
  tx: Db,
  r: { requestId: string; actualStartAt: Date; actualEndAt: Date; expenses: readonly Expense[]; now: Date },
): Promise<void> {
  const values = { actualStartAt: r.actualStartAt, actualEndAt: r.actualEndAt, expenses: r.expenses, reportedAt: r.now };
  await tx
    .insert(careReports)
    .values({ requestId: r.requestId, ...values })
    .onConflictDoUpdate({ target: careReports.requestId, set: values });
}

/** The thank-you frozen with its itemised breakdown when the report was confirmed. */
export async function freezeReport(tx: Db, requestId: string, breakdown: ThanksBreakdown, now: Date): Promise<void> {
  await tx
    .update(careReports)
    .set({
      confirmedAt: now,
      breakdown,
      thanksYen: breakdown.thanksYen,
      expensesYen: breakdown.expensesYen,
      parentPaysYen: breakdown.parentPaysYen,
    })
    .where(eq(careReports.requestId, requestId));
}

export async function markReportDisputed(tx: Db, requestId: string, reason: string, now: Date): Promise<void> {
  await tx.update(careReports).set({ disputedAt: now, disputeReason: reason }).where(eq(careReports.requestId, requestId));
}
