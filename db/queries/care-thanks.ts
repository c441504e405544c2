import { and, count, eq } from "drizzle-orm";
import { careThanksFacts } from "@/lib/care/after/thanks-facts";
import {
  type CancellationCharge,
  computeCancellationCharge,
  computeThanks,
  type Expense,
  type ThanksResult,
} from "@/lib/thanks";
import type { Db } from "../client";
import { careRecipients, careRequestChildren, members, qualifications } from "../schema";
import type { CareRequestRow } from "./care-access";
import { loadRulebook } from "./care-rulebooks";

/**
 * The thank-you for a window of this care by its helper, computed by lib/thanks: the one
 * place the amount comes from, whether for the receipt, its preview or a cancellation charge.
 */
export async function thanksForCare(
  db: Db,
  request: CareRequestRow,
  window: { start: Date; end: Date },
  expenses: readonly Expense[],
): Promise<ThanksResult> {
  const helperId = request.helperId!;
  const [rulebook, [kids], [helper], [parent], quals, [chosen]] = await Promise.all([
    loadRulebook(db, request.rulebookKey),
    db.select({ n: count() }).from(careRequestChildren).where(eq(careRequestChildren.requestId, request.id)),
    db.select({ until: members.organiserCertifiedUntil }).from(members).where(eq(members.userId, helperId)),
    db.select({ at: members.singleParentVerifiedAt }).from(members).where(eq(members.userId, request.parentId)),
    db.select({ at: qualifications.verifiedAt }).from(qualifications).where(eq(qualifications.userId, helperId)),
    db
      .select({ waived: careRecipients.waived })
      .from(careRecipients)
      .where(and(eq(careRecipients.requestId, request.id), eq(careRecipients.userId, helperId))),
  ]);
  const facts = careThanksFacts({
    ...window,
    children: kids?.n ?? 0,
    expenses,
    waived: chosen?.waived ?? false,
    helper: { organiserCertifiedUntil: helper?.until ?? null, qualificationsVerifiedAt: quals.map((q) => q.at) },
    parent: { singleParentVerifiedAt: parent?.at ?? null },
  });
  return computeThanks(rulebook, facts);
}

export type ChargeFacts = { cancelledAt: Date; byWhom: "parent" | "helper"; noShow: boolean };

/**
 * What the parent owes the helper for a cancellation or a no-show under the request's rulebook
 * (the default rulebook charges nothing). The agreed thank-you is for the agreed window, without expenses.
 */
export async function cancellationChargeFor(db: Db, request: CareRequestRow, f: ChargeFacts): Promise<CancellationCharge> {
  const agreed = await thanksForCare(db, request, { start: request.startAt, end: request.endAt }, []);
  const rulebook = await loadRulebook(db, request.rulebookKey);
  const agreedYen = agreed.ok ? agreed.breakdown.thanksYen : 0;
  const result = computeCancellationCharge(rulebook, { agreedYen, start: request.startAt, ...f });
  if (!result.ok) throw new Error(`cancellation charge: ${result.error}`);
  return result.charge;
}
