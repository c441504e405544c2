import { arrayContains, and, eq } from "drizzle-orm";
import type { Expense, ThanksBreakdown } from "@/lib/thanks";
import { reportedWindow } from "@/lib/care/after/report";
import { AppError } from "@/lib/errors";
import { AVAILABLE_METHODS, needsHandOver } from "@/lib/payments";
import type { Db } from "../client";
import { careReports, careSettlements, members } from "../schema";
import { setState } from "./care-lock";
import { type LockedCare, noticeData, PARTIES, step, withCare } from "@/lib/care/workflows/with-care";
import { thanksForCare } from "./care-thanks";
import { notify } from "@/lib/notify/workflows/notify";

export type CareReportRow = typeof careReports.$inferSelect;
type Report = { requestId: string; viewerId: string; startTime: string; endTime: string; expenses: Expense[]; now: Date };

/** After the end, the helper reports the actual times and itemised expenses; they may correct it until the parent confirms. */
export async function reportCare(db: Db, r: Report): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, r.requestId, r.viewerId, PARTIES, r.now);
    step(locked, { type: "report" }, locked.role, r.now);
    const window = reportedWindow({ start: locked.request.startAt, end: locked.request.endAt }, r.startTime, r.endTime, r.now);
    if (!window.ok) {
      const { field, key, values } = window.problem;
      throw new AppError("invalid_input", { key: `field.${key}`, field, values });
    }
    // lib/thanks has the last word on what it can compute.
    const check = await thanksForCare(tx, locked.request, window, r.expenses);
    if (!check.ok) throw new AppError("invalid_input", { key: "field.after_report_invalid", field: "expenses" });
    const values = { actualStartAt: window.start, actualEndAt: window.end, expenses: r.expenses, reportedAt: r.now };
    await tx
      .insert(careReports)
      .values({ requestId: r.requestId, ...values })
      .onConflictDoUpdate({ target: careReports.requestId, set: values });
    await setState(tx, r.requestId, "reported", r.now);
    const data = await noticeData(tx, locked.request, r.viewerId);
    await notify(tx, { userId: locked.request.parentId, kind: "after_reported", requestId: r.requestId, data });
  });
}

export async function reportOf(db: Db, requestId: string): Promise<CareReportRow | null> {
  const [row] = await db.select().from(careReports).where(eq(careReports.requestId, requestId));
  return row ?? null;
}

/**
 * The thank-you computed from the confirmed times and frozen with its itemised breakdown, and
 * the hand-over opened (cash, the only method today). Nothing to hand over settles at once.
 */
export async function freezeCompletion(tx: Db, locked: LockedCare, now: Date): Promise<{ breakdown: ThanksBreakdown; settled: boolean }> {
  const report = await reportOf(tx, locked.request.id);
  if (!report) throw new Error(`no report for ${locked.request.id}`);
  const window = { start: report.actualStartAt, end: report.actualEndAt };
  const result = await thanksForCare(tx, locked.request, window, report.expenses as Expense[]);
  if (!result.ok) throw new Error(`thank-you for ${locked.request.id}: ${result.error}`);
  const { breakdown } = result;
  await tx
    .update(careReports)
    .set({
      confirmedAt: now,
      breakdown,
      thanksYen: breakdown.thanksYen,
      expensesYen: breakdown.expensesYen,
      parentPaysYen: breakdown.parentPaysYen,
    })
    .where(eq(careReports.requestId, locked.request.id));
  const settled = !needsHandOver(breakdown.parentPaysYen);
  await tx
    .insert(careSettlements)
    .values({ requestId: locked.request.id, method: AVAILABLE_METHODS[0]!, settledAt: settled ? now : null });
  if (settled) {
    step({ ...locked, state: "completed" }, { type: "settle" }, "system", now);
    await setState(tx, locked.request.id, "settled", now, { closedAt: now });
  } else {
    await setState(tx, locked.request.id, "completed", now);
  }
  return { breakdown, settled };
}

/**
 * The parent confirms the report they were shown (`reportedAt` names that version): if the
 * helper corrected it in the meantime, they are asked to look again rather than confirm blind.
 */
export async function confirmReport(db: Db, c: { requestId: string; viewerId: string; reportedAt: string; now: Date }) {
  return db.transaction(async (tx) => {
    const locked = await withCare(tx, c.requestId, c.viewerId, PARTIES, c.now);
    step(locked, { type: "confirm" }, locked.role, c.now);
    const report = await reportOf(tx, c.requestId);
    if (!report || report.reportedAt.toISOString() !== c.reportedAt) {
      throw new AppError("conflict", { key: "careAfter.report_changed" });
    }
    const frozen = await freezeCompletion(tx, locked, c.now);
    const data = await noticeData(tx, locked.request, c.viewerId);
    const notice = { ...data, yen: frozen.breakdown.parentPaysYen };
    await notify(tx, { userId: locked.request.helperId!, kind: "after_confirmed", requestId: c.requestId, data: notice });
    return frozen;
  });
}

/** The parent disagrees with the report: it goes to the admins, who resolve it. */
export async function disputeReport(db: Db, d: { requestId: string; viewerId: string; reason: string; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, d.requestId, d.viewerId, PARTIES, d.now);
    step(locked, { type: "dispute", reason: d.reason }, locked.role, d.now);
    await tx.update(careReports).set({ disputedAt: d.now, disputeReason: d.reason }).where(eq(careReports.requestId, d.requestId));
    await setState(tx, d.requestId, "disputed", d.now);
    const data = await noticeData(tx, locked.request, d.viewerId);
    await notify(tx, { userId: locked.request.helperId!, kind: "after_disputed", requestId: d.requestId, data });
    const admins = await tx
      .select({ id: members.userId })
      .from(members)
      .where(and(arrayContains(members.capabilities, ["admin"]), eq(members.status, "active")));
    await notify(
      tx,
      // No request link: an admin is not a party to the care; the message points to the dispute queue.
      admins.map((a) => ({ userId: a.id, kind: "after_dispute_opened", requestId: null, data })),
    );
  });
}

