import "server-only";
import type { Db } from "@/db/client";
import { lockQualification, verifyQualificationRow } from "@/db/queries/qualifications";
import { notify } from "@/lib/notify/workflows/notify";
import { openAtDesk } from "./desk";

/** An admin verifies a qualification's certificate, until the expiry they set. */
export async function verifyQualification(db: Db, v: { qualificationId: string; validUntil: string; adminId: string; now: Date }) {
  await db.transaction(async (tx) => {
    const row = openAtDesk(await lockQualification(tx, v.qualificationId), v.adminId);
    await verifyQualificationRow(tx, row.id, v);
    await notify(tx, { userId: row.userId, kind: "standing.qualification_verified", data: { until: v.validUntil } });
  });
}
