import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { careSettlements, payments, stripeAccounts, stripeEvents } from "../schema";

export type StripeAccountRow = typeof stripeAccounts.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;

export async function stripeAccountOf(db: Db, userId: string): Promise<StripeAccountRow | null> {
  const [row] = await db.select().from(stripeAccounts).where(eq(stripeAccounts.userId, userId));
  return row ?? null;
}

export async function insertStripeAccount(tx: Db, userId: string, accountId: string, now: Date): Promise<void> {
  await tx.insert(stripeAccounts).values({ userId, accountId, createdAt: now, updatedAt: now });
}

/** The account's flags as Stripe last said; whether Otagai knows the account. */
export async function saveStripeAccountFlags(
  tx: Db,
  accountId: string,
  flags: { chargesEnabled: boolean; payoutsEnabled: boolean; detailsSubmitted: boolean },
  now: Date,
): Promise<boolean> {
  const rows = await tx
    .update(stripeAccounts)
    .set({ ...flags, updatedAt: now })
    .where(eq(stripeAccounts.accountId, accountId))
    .returning({ userId: stripeAccounts.userId });
  return rows.length > 0;
}

export async function paymentOfCare(db: Db, requestId: string): Promise<PaymentRow | null> {
  const [row] = await db.select().from(payments).where(eq(payments.requestId, requestId));
  return row ?? null;
}

/** The care's payment locked until the transaction ends (lock the care first: the order every writer keeps). */
export async function lockPaymentOfCare(tx: Db, requestId: string): Promise<PaymentRow | null> {
  const [row] = await tx.select().from(payments).where(eq(payments.requestId, requestId)).for("update");
  return row ?? null;
}

export async function insertPayment(
  tx: Db,
  p: { requestId: string; parentId: string; helperId: string; destinationAccountId: string; amountYen: number; now: Date },
): Promise<PaymentRow> {
  const { now, ...values } = p;
  const [row] = await tx
    .insert(payments)
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

export async function updatePayment(
  tx: Db,
  id: string,
  set: Partial<Omit<PaymentRow, "id" | "requestId" | "parentId" | "helperId" | "createdAt">> & { updatedAt: Date },
): Promise<void> {
  await tx.update(payments).set(set).where(eq(payments.id, id));
}

/** Records a Stripe event as applied; false when it already was (a duplicate delivery). */
export async function recordStripeEvent(tx: Db, e: { id: string; type: string; outcome: string; now: Date }): Promise<boolean> {
  const rows = await tx
    .insert(stripeEvents)
    .values({ id: e.id, type: e.type, outcome: e.outcome, receivedAt: e.now })
    .onConflictDoNothing()
    .returning({ id: stripeEvents.id });
  return rows.length > 0;
}

export async function setStripeEventOutcome(tx: Db, id: string, outcome: string): Promise<void> {
  await tx.update(stripeEvents).set({ outcome }).where(eq(stripeEvents.id, id));
}

/** The thank-you the care settled by card (method and when), on the care's settlement row. */
export async function settleCareByCard(tx: Db, requestId: string, now: Date): Promise<void> {
  await tx.update(careSettlements).set({ method: "card", settledAt: now }).where(eq(careSettlements.requestId, requestId));
}
