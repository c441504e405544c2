import { and, eq } from "drizzle-orm";
import type { CancellationCharge } from "@/lib/thanks";
import type { Db } from "../client";
import { careTimeChanges, reliabilityRecords } from "../schema";
import { setState } from "./care-lock";

/**
 * Closes a cancelled care with who cancelled it, why, and the charge frozen as it was computed
 * then; a proposal nobody can answer any more is withdrawn with it.
 */
export async function closeCancelled(
  tx: Db,
  c: { requestId: string; cancelledBy: string | null; reason: string; charge: CancellationCharge; now: Date },
): Promise<void> {
  await setState(tx, c.requestId, "cancelled", c.now, {
    closedAt: c.now,
    cancelledBy: c.cancelledBy,
    cancelReason: c.reason,
    cancellationChargeYen: c.charge.yen,
    cancellationCharge: c.charge,
  });
  await tx
    .update(careTimeChanges)
    .set({ status: "withdrawn", decidedAt: c.now })
    .where(and(eq(careTimeChanges.requestId, c.requestId), eq(careTimeChanges.status, "pending")));
}

/** Whether a cancelled care was a no-show (the helper's record says so). */
export async function wasNoShow(db: Db, requestId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: reliabilityRecords.id })
    .from(reliabilityRecords)
    .where(and(eq(reliabilityRecords.requestId, requestId), eq(reliabilityRecords.kind, "no_show")));
  return Boolean(row);
}
