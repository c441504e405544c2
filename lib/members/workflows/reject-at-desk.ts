import "server-only";
import type { Db } from "@/db/client";
import { lockApplication, rejectApplication } from "@/db/queries/certifications";
import { lockQualification, rejectQualificationRow } from "@/db/queries/qualifications";
import { lockSingleParentRequest, rejectSingleParentRow } from "@/db/queries/single-parent";
import { notify } from "@/lib/notify/workflows/notify";
import type { DeskSubject } from "../standing-forms";
import { openAtDesk } from "./desk";

const desk = {
  certification: { lock: lockApplication, reject: rejectApplication },
  qualification: { lock: lockQualification, reject: rejectQualificationRow },
  single_parent: { lock: lockSingleParentRequest, reject: rejectSingleParentRow },
} as const;

/** An admin turns down an application, a qualification or a single-parent request, with a reason the member reads on their profile. */
export async function rejectAtDesk(db: Db, r: { subject: DeskSubject; id: string; reason: string; adminId: string; now: Date }) {
  const { lock, reject } = desk[r.subject];
  await db.transaction(async (tx) => {
    const row = openAtDesk(await lock(tx, r.id), r.adminId);
    await reject(tx, r.id, { reason: r.reason, adminId: r.adminId, now: r.now });
    await notify(tx, { userId: row.userId, kind: `standing.${r.subject}_rejected` });
  });
}
