import "server-only";
import type { Db } from "@/db/client";
import { lockReport, markDecided, markReviewed } from "@/db/queries/safety";
import { AppError, notFound } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import { decisionNotices, nextReportState, type ReportDecision } from "@/lib/safety/reports";
import { suspendInTx } from "./suspend";

/** An admin takes a new report into review. */
export async function reviewReport(db: Db, r: { reportId: string; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const report = await lockReport(tx, r.reportId);
    if (!report) throw notFound();
    if (!nextReportState(report.state, "review")) throw new AppError("conflict", { key: "safety.report_not_new" });
    await markReviewed(tx, report.id, r.now);
  });
}

/**
 * An admin decides a report, with a reason: no action, a warning, or a suspension of the reported
 * member (lib/safety/workflows/suspend: their cares end in the same transaction). The reporter is
 * told it was handled; the reported member is told a decision that concerns them. An admin never
 * decides a report they made or one about themselves.
 */
export async function decideReport(
  db: Db,
  r: { reportId: string; adminId: string; decision: ReportDecision; reason: string; key: string; now: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    const report = await lockReport(tx, r.reportId);
    if (!report) throw notFound();
    if (!nextReportState(report.state, "decide")) throw new AppError("conflict", { key: "safety.report_decided" });
    if (report.reporterId === r.adminId || report.reportedId === r.adminId) throw new AppError("conflict", { key: "safety.own_report" });
    if (r.decision !== "no_action" && !report.reportedId) throw new AppError("conflict", { key: "safety.member_gone" });
    await markDecided(tx, report.id, { decision: r.decision, reason: r.reason, adminId: r.adminId, now: r.now });
    if (r.decision === "suspension") await suspendInTx(tx, r.key, report.reportedId!, r.now);
    const notices = decisionNotices(r.decision);
    const told = [];
    if (report.reporterId) told.push({ userId: report.reporterId, kind: notices.reporter, data: {} });
    // The reason is the desk's word to the member it concerns; nothing about who reported.
    if (notices.reported && report.reportedId) told.push({ userId: report.reportedId, kind: notices.reported, data: { reason: r.reason } });
    await notify(tx, told);
  });
}
