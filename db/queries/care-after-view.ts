import { effectiveState } from "@/lib/care";
import { agreedWindowOf, describeChanges, insuredWindow } from "@/lib/care/change/insured-window";
import { isLateCancellation, type ThanksBreakdown, type Expense } from "@/lib/thanks";
import type { Db } from "../client";
import { careForViewer } from "./care-access";
import { listTimeChanges } from "./care-changes";
import { wasNoShow } from "./care-cancel";
import { reportOf } from "./care-completion";
import { feedbackOf, isFirstCompletedCare } from "./care-feedback";
import type { Party } from "@/lib/care/workflows/with-care";
import { displayNames } from "./care-lock";
import { settlementOf } from "./care-settlement";
import { cancellationChargeFor, thanksForCare } from "./care-thanks";

/**
 * Everything the after-matching part of a request page shows, for its parent or its chosen
 * helper; null for anyone else (recipients who were not chosen learn nothing of it).
 */
export async function afterMatchView(db: Db, requestId: string, viewerId: string, now: Date) {
  const care = await careForViewer(db, requestId, viewerId);
  if (!care || (care.role !== "parent" && care.role !== "helper") || !care.request.helperId) return null;
  const { request } = care;
  const helperId = care.request.helperId;
  const role: Party = care.role;
  const state = effectiveState({ state: request.state, start: request.startAt, end: request.endAt }, now);
  const [names, changes, report, settlement, feedback] = await Promise.all([
    displayNames(db, [request.parentId, helperId]),
    listTimeChanges(db, requestId),
    reportOf(db, requestId),
    settlementOf(db, requestId),
    feedbackOf(db, requestId),
  ]);
  const accepted = changes
    .filter((c) => c.status === "accepted" && c.decidedAt)
    .map((c) => ({ agreedAt: c.decidedAt!, newStart: c.newStartAt, newEnd: c.newEndAt }));
  const agreed = agreedWindowOf(request.insuranceSnapshot, { start: request.startAt, end: request.endAt });
  const byWhom = role;
  const done = state === "completed" || state === "settled";
  return {
    request,
    role,
    viewerId,
    state,
    now,
    names: { parent: names.get(request.parentId) ?? "", helper: names.get(helperId) ?? "" },
    otherName: names.get(role === "parent" ? helperId : request.parentId) ?? "",
    pendingChange: state === "matched" ? (changes.find((c) => c.status === "pending") ?? null) : null,
    acceptedChanges: describeChanges(agreed, accepted),
    insuredWindow: request.insured ? insuredWindow(agreed, accepted) : null,
    report: report && { ...report, expenses: report.expenses as Expense[], breakdown: report.breakdown as ThanksBreakdown | null },
    // What confirming would fix, shown before it is fixed: the same computation as the receipt.
    preview: report && !report.confirmedAt ? await thanksForCare(db, request, { start: report.actualStartAt, end: report.actualEndAt }, report.expenses as Expense[]) : null,
    settlement,
    feedback,
    firstTime: role === "parent" && done && !feedback?.surveyedAt ? await isFirstCompletedCare(db, viewerId, requestId) : null,
    cancelPreview:
      state === "matched"
        ? { late: isLateCancellation(now, request.startAt), charge: await cancellationChargeFor(db, request, { cancelledAt: now, byWhom, noShow: false }) }
        : null,
    cancellation: state === "cancelled" ? await cancellationOf(db, request, role) : null,
  };
}

export type AfterMatchView = NonNullable<Awaited<ReturnType<typeof afterMatchView>>>;

async function cancellationOf(db: Db, request: NonNullable<Awaited<ReturnType<typeof careForViewer>>>["request"], role: Party) {
  const at = request.closedAt ?? request.updatedAt;
  const noShow = await wasNoShow(db, request.id);
  const byWhom: Party = noShow ? "helper" : request.cancelledBy === request.parentId ? "parent" : "helper";
  return {
    at,
    byMe: (role === "parent" ? request.parentId : request.helperId) === request.cancelledBy,
    noShow,
    reason: request.cancelReason ?? "",
    late: isLateCancellation(at, request.startAt),
    charge: await cancellationChargeFor(db, request, { cancelledAt: at, byWhom, noShow }),
  };
}
