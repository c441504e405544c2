import { canCancel, effectiveState } from "@/lib/care";
import { feedbackRefusal } from "@/lib/care/after/feedback";
import { careThanks } from "@/lib/care/after/thanks-facts";
import { cancellationCharge, noShowCharge } from "@/lib/care/cancel/charge";
import { noShowAllowed } from "@/lib/care/cancel/no-show";
import { recordedAgainst } from "@/lib/care/cancel/reliability";
import { describeChanges, proposalExtensionInsured } from "@/lib/care/change/changes";
import { hasStarted, timeChangeOpen } from "@/lib/care/change/time-change";
import { agreedWindowOf, insuredWindow, uncoveredFrom } from "@/lib/insurance";
import { needsHandOver } from "@/lib/payments";
import { type Expense, isLateCancellation, type ThanksBreakdown } from "@/lib/thanks";
import type { Db } from "../client";
import { type CareAccessReader, type CareRequestRow, careForViewer } from "./care-access";
import { wasNoShow } from "./care-cancel";
import { listTimeChanges } from "./care-changes";
import { reportOf } from "./care-completion";
import { feedbackOf, isFirstCompletedCare } from "./care-feedback";
import { displayNames } from "./care-lock";
import { settlementOf } from "./care-settlement";
import { careThanksBasis } from "./care-thanks";

type Party = "parent" | "helper";

/**
 * Everything the after-matching part of a request page shows, for its parent or its chosen
 * helper; null for anyone else (recipients who were not chosen learn nothing of it). A read:
 * every rule it shows the answer of is lib's, and money already agreed is read as stored.
 */
export async function afterMatchView(db: Db, requestId: string, viewerId: string, now: Date, readAccess: CareAccessReader = careForViewer) {
  const care = await readAccess(db, requestId, viewerId);
  if (!care || (care.role !== "parent" && care.role !== "helper") || !care.request.helperId) return null;
  const { request } = care;
  const helperId = care.request.helperId;
  const role: Party = care.role;
  const current = { start: request.startAt, end: request.endAt };
  const state = effectiveState({ state: request.state, ...current }, now);
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
  const agreed = agreedWindowOf(request.insuranceSnapshot, current);
  const insured = request.insured ? insuredWindow(agreed, accepted) : null;
  const pending = timeChangeOpen(state) ? changes.find((c) => c.status === "pending") : undefined;
  const needsThanks = report !== null && !report.confirmedAt;
  const cancellable = canCancel({ state, ...current }, role, now);
  const noShowOpen = noShowAllowed(role, state, request.startAt, now);
  const basis = needsThanks || cancellable || noShowOpen ? await careThanksBasis(db, request) : null;
  const feedbackOpen = feedbackRefusal(role, state) === null;
  return {
    request,
    role,
    viewerId,
    state,
    now,
    names: { parent: names.get(request.parentId) ?? "", helper: names.get(helperId) ?? "" },
    otherName: names.get(role === "parent" ? helperId : request.parentId) ?? "",
    /** Once the care has begun only its end can move. */
    started: hasStarted(current, now),
    pendingChange: pending
      ? {
          ...pending,
          extensionInsured:
            Boolean(request.insured) &&
            proposalExtensionInsured(agreed, accepted, current, { start: pending.newStartAt, end: pending.newEndAt }, now),
        }
      : null,
    acceptedChanges: describeChanges(agreed, accepted),
    insuredWindow: insured,
    report: report && {
      ...report,
      expenses: report.expenses as Expense[],
      breakdown: report.breakdown as ThanksBreakdown | null,
      uncoveredFrom: insured && uncoveredFrom({ start: report.actualStartAt, end: report.actualEndAt }, insured),
      nothingToHandOver: !needsHandOver(report.parentPaysYen ?? 0),
    },
    // What confirming would fix, shown before it is fixed: the same computation as the receipt.
    preview:
      needsThanks && basis
        ? careThanks(basis, { start: report.actualStartAt, end: report.actualEndAt }, report.expenses as Expense[])
        : null,
    settlement,
    feedback,
    firstTime: role === "parent" && feedbackOpen && !feedback?.surveyedAt ? await isFirstCompletedCare(db, viewerId, requestId) : null,
    // "If you cancel now": the one charge still computed when shown, with the function the cancellation stores.
    cancelPreview:
      cancellable && basis
        ? {
            late: isLateCancellation(now, request.startAt),
            charge: cancellationCharge(basis, current, { cancelledAt: now, byWhom: role, noShow: false }),
          }
        : null,
    noShowOpen,
    // What recording the other side's no-show would cost the parent, with the function that stores it.
    noShowPreview: noShowOpen && basis ? noShowCharge(basis, current, now, role) : null,
    cancellation: state === "cancelled" ? await cancellationOf(db, request, role) : null,
  };
}

export type AfterMatchView = NonNullable<Awaited<ReturnType<typeof afterMatchView>>>;

async function cancellationOf(db: Db, request: CareRequestRow, role: Party) {
  const at = request.closedAt ?? request.updatedAt;
  const noShow = await wasNoShow(db, request.id);
  const byMe = (role === "parent" ? request.parentId : request.helperId) === request.cancelledBy;
  const late = isLateCancellation(at, request.startAt);
  const cancelledBy: Party = byMe ? role : role === "parent" ? "helper" : "parent";
  return {
    at,
    byMe,
    noShow,
    reason: request.cancelReason ?? "",
    late,
    // Only the one it is recorded against is told about the record: each member sees their own.
    onMyRecord: recordedAgainst({ noShow, late, cancelledBy }) === role,
    // As frozen when it was recorded; none for a care cancelled before charges were stored.
    charge: request.cancellationCharge ?? null,
  };
}
