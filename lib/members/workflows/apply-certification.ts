import "server-only";
import type { Db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { insertApplication, lockCertifiedUntil } from "@/db/queries/certifications";
import { AppError } from "@/lib/errors";
import { addDays } from "@/lib/time/dates";
import { tokyoDate } from "@/lib/time/tokyo";
import { type IdentityDocument, mayApply, RENEWAL_WINDOW_DAYS, type TrainingRecord } from "../certification";

const alreadyApplied = () => new AppError("conflict", { key: "standing.already_applied" });

/**
 * A member applies to become a certified organiser, or to renew: the identity document they will
 * show and the training they completed. One application waits at the desk at a time; a certified
 * organiser renews from RENEWAL_WINDOW_DAYS before the end.
 */
export async function applyForCertification(
  db: Db,
  a: { userId: string; identityDocument: IdentityDocument; training: TrainingRecord[]; now: Date },
): Promise<string> {
  const today = tokyoDate(a.now);
  try {
    return await db.transaction(async (tx) => {
      const member = await lockCertifiedUntil(tx, a.userId);
      if (!member) throw new AppError("not_found");
      if (!mayApply(member.until, today)) {
        throw new AppError("conflict", { key: "standing.renewal_not_yet", values: { date: addDays(member.until!, -RENEWAL_WINDOW_DAYS) } });
      }
      return insertApplication(tx, a);
    });
  } catch (e) {
    throw isUniqueViolation(e, "organiser_applications_one_open") ? alreadyApplied() : e;
  }
}
