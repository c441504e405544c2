import "server-only";
import type { Db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { insertQualification } from "@/db/queries/qualifications";
import { AppError } from "@/lib/errors";
import type { QualificationKind } from "../standing";

/** A member submits a childcare qualification with its certificate number, for an admin to verify. */
export async function submitQualification(db: Db, q: { userId: string; kind: QualificationKind; certificateNumber: string; now: Date }) {
  try {
    return await insertQualification(db, q);
  } catch (e) {
    throw isUniqueViolation(e, "qualifications_one_open") ? new AppError("conflict", { key: "standing.already_applied" }) : e;
  }
}
