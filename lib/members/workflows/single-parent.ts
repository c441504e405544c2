import "server-only";
import type { Db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { insertSingleParentRequest, lockSingleParentRequest, verifySingleParentRow } from "@/db/queries/single-parent";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import type { SingleParentDocument as Document } from "../standing";
import { openAtDesk } from "./desk";

/** A parent asks for their single-parent status to be verified, naming the document they will show (never sending a copy). */
export async function askSingleParentVerification(db: Db, r: { userId: string; document: Document; now: Date }) {
  try {
    return await insertSingleParentRequest(db, r);
  } catch (e) {
    throw isUniqueViolation(e, "single_parent_verifications_one_open") ? new AppError("conflict", { key: "standing.already_applied" }) : e;
  }
}

/** An admin records the document seen and verifies the status until the expiry they set. */
export async function verifySingleParent(
  db: Db,
  v: { verificationId: string; document: Document; validUntil: string; adminId: string; now: Date },
) {
  await db.transaction(async (tx) => {
    const row = openAtDesk(await lockSingleParentRequest(tx, v.verificationId), v.adminId);
    await verifySingleParentRow(tx, row.id, v);
    await notify(tx, { userId: row.userId, kind: "standing.single_parent_verified", data: { until: v.validUntil } });
  });
}
