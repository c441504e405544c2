import { eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { paymentMethod } from "@/lib/payments";
import type { Db } from "../client";
import { careSettlements } from "../schema";
import { setState } from "./care-lock";
import { noticeData, otherParty, PARTIES, step, withCare } from "@/lib/care/workflows/with-care";
import { notify } from "@/lib/notify/workflows/notify";

export type SettlementRow = typeof careSettlements.$inferSelect;

const refusals = { already_confirmed: "hand_over_confirmed", already_settled: "already_settled", not_confirmable: "hand_over_not_in_app" };

/**
 * One side confirms the hand-over of the thank-you (the parent paid, the helper received it).
 * When the payment method says it is settled, the care is.
 */
export async function confirmHandOver(db: Db, c: { requestId: string; viewerId: string; now: Date }): Promise<{ settled: boolean }> {
  return db.transaction(async (tx) => {
    const locked = await withCare(tx, c.requestId, c.viewerId, PARTIES, c.now);
    if (locked.state !== "completed") step(locked, { type: "settle" }, "system", c.now);
    const settlement = await settlementOf(tx, c.requestId);
    if (!settlement) throw new Error(`no settlement for ${c.requestId}`);
    const result = paymentMethod(settlement.method).confirm(settlement, locked.role, c.now);
    if (!result.ok) throw new AppError("conflict", { key: `careAfter.${refusals[result.error]}` });
    await tx.update(careSettlements).set(result.progress).where(eq(careSettlements.requestId, c.requestId));
    if (result.settled) {
      step(locked, { type: "settle" }, "system", c.now);
      await setState(tx, c.requestId, "settled", c.now, { closedAt: c.now });
    }
    const data = await noticeData(tx, locked.request, c.viewerId);
    const kind = result.settled ? "after_settled" : "after_hand_over_confirmed";
    await notify(tx, { userId: otherParty(locked.request, locked.role), kind, requestId: c.requestId, data });
    return { settled: result.settled };
  });
}

export async function settlementOf(db: Db, requestId: string): Promise<SettlementRow | null> {
  const [row] = await db.select().from(careSettlements).where(eq(careSettlements.requestId, requestId));
  return row ?? null;
}
