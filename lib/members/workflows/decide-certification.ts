import "server-only";
import type { Db } from "@/db/client";
import { approveApplication, lockApplication, lockCertifiedUntil, setCertifiedUntil } from "@/db/queries/certifications";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import { tokyoDate } from "@/lib/time/tokyo";
import { approvedPeriod, type IdentityDocument, recordsDocumentNumber } from "../certification";
import { openAtDesk } from "./desk";

/**
 * An admin approves an application, recording the identity document seen (and, for documents that
 * have one, its number's last four). The period runs a year from today, or from the current end for
 * a renewal; members.organiser_certified_until follows in the same transaction.
 */
export async function approveCertification(
  db: Db,
  d: { applicationId: string; identityDocument: IdentityDocument; documentLast4: string; adminId: string; now: Date },
): Promise<{ from: string; until: string }> {
  return db.transaction(async (tx) => {
    const application = openAtDesk(await lockApplication(tx, d.applicationId), d.adminId);
    const member = await lockCertifiedUntil(tx, application.userId);
    if (!member) throw new AppError("not_found");
    const period = approvedPeriod(member.until, tokyoDate(d.now));
    await approveApplication(tx, application.id, {
      identityDocument: d.identityDocument,
      last4: recordsDocumentNumber(d.identityDocument) ? d.documentLast4.toUpperCase() : null,
      ...period,
      adminId: d.adminId,
      now: d.now,
    });
    const capabilities = member.capabilities.includes("organiser") ? member.capabilities : [...member.capabilities, "organiser" as const];
    await setCertifiedUntil(tx, application.userId, { until: period.until, capabilities, now: d.now });
    await notify(tx, { userId: application.userId, kind: "standing.certified", data: { until: period.until } });
    return period;
  });
}
