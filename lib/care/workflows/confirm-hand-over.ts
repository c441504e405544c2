import "server-only";
import type { Db } from "@/db/client";
import { setState } from "@/db/queries/care-lock";
import { saveSettlementProgress, settlementOf } from "@/db/queries/care-settlement";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import { paymentMethod } from "@/lib/payments";
import { noticeData, otherParty, PARTIES, step, withCare } from "./with-care";

const refusals = { already_confirmed: "hand_over_confirmed", already_settled: "already_settled", not_confirmable: "hand_over_not_in_app" };

/**
 * One side confirms the hand-over of the thank-you (the parent paid, the helper received it).
 * When the payment method says it is settled, the care is.
 */
export async function confirmHandOver(db: Db, c: { requestId: string; viewerId: string; now: Date }): Promise<{ settled: boolean }> {
  return db.transaction(async (tx) => {
    const locked = await withCare(tx, c.requestId, c.viewerId, PARTIES, c.now);
    // Only a completed care has a hand-over: anything else is refused in the state's own words.
    if (locked.state !== "completed") step(locked, { type: "settle" }, "system", c.now);
    const settlement = await settlementOf(tx, c.requestId);
    if (!settlement) throw new Error(`no settlement for ${c.requestId}`);
    const result = paymentMethod(settlement.method).confirm(settlement, locked.role, c.now);
    if (!result.ok) throw new AppError("conflict", { key: `careAfter.${refusals[result.error]}` });
    if (result.settled) step(locked, { type: "settle" }, "system", c.now);
    await saveSettlementProgress(tx, c.requestId, result.progress);
    if (result.settled) await setState(tx, c.requestId, "settled", c.now, { closedAt: c.now });
    const data = await noticeData(tx, locked.request, c.viewerId);
    const kind = result.settled ? "after_settled" : "after_hand_over_confirmed";
    await notify(tx, { userId: otherParty(locked.request, locked.role), kind, requestId: c.requestId, data });
    return { settled: result.settled };
  });
}
