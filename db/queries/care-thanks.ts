import { and, count, eq } from "drizzle-orm";
import type { CareThanksBasis } from "@/lib/care/after/thanks-facts";
import { NO_RECORDS } from "@/lib/members/standing";
import type { Db } from "../client";
import { careRecipients, careRequestChildren } from "../schema";
import type { CareRequestRow } from "./care-access";
import { loadRulebook } from "./care-rulebooks";
import { standingRecordsOf } from "./standing";

/**
 * What the thank-you of this care by its helper depends on, as the database knows it now:
 * lib/care/after (careThanks) computes the amount from it.
 */
export async function careThanksBasis(db: Db, request: CareRequestRow): Promise<CareThanksBasis> {
  const helperId = request.helperId!;
  const [rulebook, [kids], records, [chosen]] = await Promise.all([
    loadRulebook(db, request.rulebookKey, request.rulebookVersion),
    db.select({ n: count() }).from(careRequestChildren).where(eq(careRequestChildren.requestId, request.id)),
    standingRecordsOf(db, [helperId, request.parentId]),
    db
      .select({ waived: careRecipients.waived })
      .from(careRecipients)
      .where(and(eq(careRecipients.requestId, request.id), eq(careRecipients.userId, helperId))),
  ]);
  return {
    rulebook,
    children: kids?.n ?? 0,
    waived: chosen?.waived ?? false,
    helper: records.get(helperId) ?? NO_RECORDS,
    parent: records.get(request.parentId) ?? NO_RECORDS,
  };
}
