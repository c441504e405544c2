import { and, count, eq } from "drizzle-orm";
import type { CareThanksBasis } from "@/lib/care/after/thanks-facts";
import type { Db } from "../client";
import { careRecipients, careRequestChildren, members, qualifications } from "../schema";
import type { CareRequestRow } from "./care-access";
import { loadRulebook } from "./care-rulebooks";

/**
 * What the thank-you of this care by its helper depends on, as the database knows it now:
 * lib/care/after (careThanks) computes the amount from it.
 */
export async function careThanksBasis(db: Db, request: CareRequestRow): Promise<CareThanksBasis> {
  const helperId = request.helperId!;
  const [rulebook, [kids], [helper], [parent], quals, [chosen]] = await Promise.all([
    loadRulebook(db, request.rulebookKey, request.rulebookVersion),
    db.select({ n: count() }).from(careRequestChildren).where(eq(careRequestChildren.requestId, request.id)),
    db.select({ until: members.organiserCertifiedUntil }).from(members).where(eq(members.userId, helperId)),
    db.select({ at: members.singleParentVerifiedAt }).from(members).where(eq(members.userId, request.parentId)),
    db.select({ at: qualifications.verifiedAt }).from(qualifications).where(eq(qualifications.userId, helperId)),
    db
      .select({ waived: careRecipients.waived })
      .from(careRecipients)
      .where(and(eq(careRecipients.requestId, request.id), eq(careRecipients.userId, helperId))),
  ]);
  return {
    rulebook,
    children: kids?.n ?? 0,
    waived: chosen?.waived ?? false,
    helper: { organiserCertifiedUntil: helper?.until ?? null, qualificationsVerifiedAt: quals.map((q) => q.at) },
    parent: { singleParentVerifiedAt: parent?.at ?? null },
  };
}
