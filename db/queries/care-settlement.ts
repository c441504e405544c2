import { eq } from "drizzle-orm";
import type { SettlementMethodKind, SettlementProgress } from "@/lib/payments";
import type { Db } from "../client";
import { careSettlements } from "../schema";

export type SettlementRow = typeof careSettlements.$inferSelect;

export async function settlementOf(db: Db, requestId: string): Promise<SettlementRow | null> {
  const [row] = await db.select().from(careSettlements).where(eq(careSettlements.requestId, requestId));
  return row ?? null;
}

/** The hand-over of a confirmed thank-you, opened (or already settled when there is nothing to hand over). */
export async function openSettlement(tx: Db, requestId: string, method: SettlementMethodKind, settledAt: Date | null): Promise<void> {
  await tx.insert(careSettlements).values({ requestId, method, settledAt });
}

export async function saveSettlementProgress(tx: Db, requestId: string, progress: SettlementProgress): Promise<void> {
  await tx.update(careSettlements).set(progress).where(eq(careSettlements.requestId, requestId));
}
