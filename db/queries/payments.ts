import { and, asc, desc, eq, gt, gte, isNotNull, lt, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { careReports, careRequests, careSettlements, meetupPayments, members, payments, stripeAccounts, stripeEvents } from "../schema";

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

/** What the card part of a care's page reads: whether its helper can be paid by card, and its payment if any. */
export async function cardFacts(db: Db, requestId: string, helperId: string) {
  const [account, payment] = await Promise.all([stripeAccountOf(db, helperId), paymentOfCare(db, requestId)]);
  return { helperChargesEnabled: account?.chargesEnabled ?? null, payment };
}

/**
 * A helper's thank-you settled in [from, to), by card and in cash (both confirmed), oldest first:
 * what the parent paid and who they are. Cares with nothing to hand over are left out.
 */
export async function helperStatement(db: Db, helperId: string, from: Date, to: Date) {
  const rows = await db
    .select({
      requestId: careRequests.id,
      parentName: members.displayName,
      method: careSettlements.method,
      settledAt: careSettlements.settledAt,
      yen: careReports.parentPaysYen,
    })
    .from(careSettlements)
    .innerJoin(careRequests, eq(careRequests.id, careSettlements.requestId))
    .innerJoin(careReports, eq(careReports.requestId, careSettlements.requestId))
    .innerJoin(members, eq(members.userId, careRequests.parentId))
    .where(
      and(
        eq(careRequests.helperId, helperId),
        gte(careSettlements.settledAt, from),
        lt(careSettlements.settledAt, to),
        gt(careReports.parentPaysYen, 0),
      ),
    )
    .orderBy(asc(careSettlements.settledAt));
  return rows.map((r) => ({ ...r, settledAt: r.settledAt!, yen: r.yen ?? 0 }));
}

/** A card payment's receipt, for the care's parent only (anyone else: null). */
export async function receiptFor(db: Db, requestId: string, viewerId: string) {
  const payment = await paymentOfCare(db, requestId);
  if (!payment || payment.parentId !== viewerId || payment.status === "pending") return null;
  const [care] = await db.select({ startAt: careRequests.startAt }).from(careRequests).where(eq(careRequests.id, requestId));
  const names = await db
    .select({ id: members.userId, name: members.displayName })
    .from(members)
    .where(or(eq(members.userId, payment.parentId), eq(members.userId, payment.helperId)));
  const name = (id: string) => names.find((n) => n.id === id)?.name ?? "";
  return { payment, startAt: care!.startAt, parentName: name(payment.parentId), helperName: name(payment.helperId) };
}

/**
 * What card payments cost the platform, by Tokyo month of payment: how many (cares' thank-yous and
 * meetup fees together), how much went to helpers and organisers, Stripe's fees (the price of taking
 * no commission), and how many were refunded or disputed.
 */
export async function cardFeesByMonth(db: Db) {
  const byMonth = (t: typeof payments | typeof meetupPayments) => {
    const month = sql<string>`to_char(${t.paidAt} at time zone 'Asia/Tokyo', 'YYYY-MM')`;
    return db
      .select({
        month,
        count: sql<number>`count(*)::int`,
        amountYen: sql<number>`coalesce(sum(${t.amountYen}), 0)::int`,
        feeYen: sql<number>`coalesce(sum(${t.feeYen}), 0)::int`,
        refunded: sql<number>`count(*) filter (where ${t.status} = 'refunded')::int`,
        disputed: sql<number>`count(*) filter (where ${t.status} = 'disputed')::int`,
      })
      .from(t)
      .where(isNotNull(t.paidAt))
      .groupBy(month);
  };
  const totals = new Map<string, { month: string; count: number; amountYen: number; feeYen: number; refunded: number; disputed: number }>();
  for (const r of (await Promise.all([byMonth(payments), byMonth(meetupPayments)])).flat()) {
    const sum = totals.get(r.month);
    if (!sum) totals.set(r.month, { ...r });
    else for (const k of ["count", "amountYen", "feeYen", "refunded", "disputed"] as const) sum[k] += r[k];
  }
  return [...totals.values()].sort((a, b) => b.month.localeCompare(a.month));
}

export type CardPaymentKind = "care" | "meetup";

/** One card payment (a care's or a meetup fee's) by id, locked; null when there is none. */
export async function lockCardPayment(tx: Db, kind: CardPaymentKind, id: string) {
  const table = kind === "care" ? payments : meetupPayments;
  const [row] = await tx.select().from(table).where(eq(table.id, id)).for("update");
  return row ?? null;
}

/** Marks a card payment's refund as asked of Stripe (a meetup fee's is then also owed). */
export async function markRefundRequested(tx: Db, kind: CardPaymentKind, id: string, now: Date): Promise<void> {
  if (kind === "care") await tx.update(payments).set({ refundRequestedAt: now, updatedAt: now }).where(eq(payments.id, id));
  else await tx.update(meetupPayments).set({ refundDueAt: now, refundRequestedAt: now, updatedAt: now }).where(eq(meetupPayments.id, id));
}

const payer = alias(members, "payer");
const payee = alias(members, "payee");

/** What the admin's list and refund page show of a card payment of either kind, with who paid whom. */
const adminColumns = (t: typeof payments | typeof meetupPayments) => ({
  id: t.id,
  amountYen: t.amountYen,
  status: t.status,
  paidAt: t.paidAt,
  refundRequestedAt: t.refundRequestedAt,
  payerName: payer.displayName,
  payeeName: payee.displayName,
});

/** The latest card payments of both kinds, newest first, with who paid whom: the admin's list. */
export async function recentCardPayments(db: Db, limit = 50) {
  const [cares, fees] = await Promise.all([
    db
      .select(adminColumns(payments))
      .from(payments)
      .innerJoin(payer, eq(payer.userId, payments.parentId))
      .innerJoin(payee, eq(payee.userId, payments.helperId))
      .where(isNotNull(payments.paidAt))
      .orderBy(desc(payments.paidAt))
      .limit(limit),
    db
      .select(adminColumns(meetupPayments))
      .from(meetupPayments)
      .innerJoin(payer, eq(payer.userId, meetupPayments.memberId))
      .innerJoin(payee, eq(payee.userId, meetupPayments.organiserId))
      .where(isNotNull(meetupPayments.paidAt))
      .orderBy(desc(meetupPayments.paidAt))
      .limit(limit),
  ]);
  return [...cares.map((r) => ({ ...r, kind: "care" as const })), ...fees.map((r) => ({ ...r, kind: "meetup" as const }))]
    .sort((a, b) => b.paidAt!.getTime() - a.paidAt!.getTime())
    .slice(0, limit);
}

/** One card payment as the admin's refund page shows it; null when there is none. */
export async function cardPaymentForAdmin(db: Db, kind: CardPaymentKind, id: string) {
  const t = kind === "care" ? payments : meetupPayments;
  const payerId = kind === "care" ? payments.parentId : meetupPayments.memberId;
  const payeeId = kind === "care" ? payments.helperId : meetupPayments.organiserId;
  const [row] = await db
    .select(adminColumns(t))
    .from(t)
    .innerJoin(payer, eq(payer.userId, payerId))
    .innerJoin(payee, eq(payee.userId, payeeId))
    .where(eq(t.id, id));
  return row ?? null;
}
