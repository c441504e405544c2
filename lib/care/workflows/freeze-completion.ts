import "server-only";
import type { Db } from "@/db/client";
import { freezeReport, reportOf } from "@/db/queries/care-completion";
import { setState } from "@/db/queries/care-lock";
import { openSettlement } from "@/db/queries/care-settlement";
import { careThanksBasis } from "@/db/queries/care-thanks";
import { careThanks } from "@/lib/care/after/thanks-facts";
import { AVAILABLE_METHODS, needsHandOver } from "@/lib/payments";
import type { Expense, ThanksBreakdown } from "@/lib/thanks";
import { type LockedCare, step } from "./with-care";

/**
 * The step confirming and resolving a dispute as reported share: the thank-you computed from
 * the reported times and frozen with its itemised breakdown, and the hand-over opened (cash,
 * the only method today). Nothing to hand over settles at once.
 */
export async function freezeCompletion(tx: Db, locked: LockedCare, now: Date): Promise<{ breakdown: ThanksBreakdown; settled: boolean }> {
  const { request } = locked;
  const report = await reportOf(tx, request.id);
  if (!report) throw new Error(`no report for ${request.id}`);
  const window = { start: report.actualStartAt, end: report.actualEndAt };
  const result = careThanks(await careThanksBasis(tx, request), window, report.expenses as Expense[]);
  if (!result.ok) throw new Error(`thank-you for ${request.id}: ${result.error}`);
  const { breakdown } = result;
  const settled = !needsHandOver(breakdown.parentPaysYen);
  if (settled) step({ ...locked, state: "completed" }, { type: "settle" }, "system", now);
  await freezeReport(tx, request.id, breakdown, now);
  await openSettlement(tx, request.id, AVAILABLE_METHODS[0]!, settled ? now : null);
  if (settled) await setState(tx, request.id, "settled", now, { closedAt: now });
  else await setState(tx, request.id, "completed", now);
  return { breakdown, settled };
}
