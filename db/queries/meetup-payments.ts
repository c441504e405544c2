import { and, desc, eq, isNotNull, isNull, or } from "drizzle-orm";
import type { Db } from "../client";
import { meetupPayments, meetups, members } from "../schema";

export type MeetupPaymentRow = typeof meetupPayments.$inferSelect;

export async function meetupPaymentOfRsvp(db: Db, rsvpId: string): Promise<MeetupPaymentRow | null> {
  const [row] = await db.select().from(meetupPayments).where(eq(meetupPayments.rsvpId, rsvpId));
  return row ?? null;
}

/** The RSVP's payment locked until the transaction ends (lock the meetup first: the order every writer keeps). */
export async function lockMeetupPaymentOfRsvp(tx: Db, rsvpId: string): Promise<MeetupPaymentRow | null> {
  const [row] = await tx.select().from(meetupPayments).where(eq(meetupPayments.rsvpId, rsvpId)).for("update");
  return row ?? null;
}

export async function insertMeetupPayment(
  tx: Db,
  p: {
    rsvpId: string;
    meetupId: string;
    memberId: string;
    organiserId: string;
    destinationAccountId: string;
    amountYen: number;
    now: Date;
  },
): Promise<MeetupPaymentRow> {
  const { now, ...values } = p;
  const [row] = await tx
    .insert(meetupPayments)
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

export async function updateMeetupPayment(
  tx: Db,
  id: string,
  set: Partial<Omit<MeetupPaymentRow, "id" | "rsvpId" | "meetupId" | "memberId" | "organiserId" | "createdAt">> & { updatedAt: Date },
): Promise<void> {
  await tx.update(meetupPayments).set(set).where(eq(meetupPayments.id, id));
}

/** The meetup's payments, locked (the meetup locked first): what cancelling it refunds. */
export async function lockMeetupPayments(tx: Db, meetupId: string): Promise<MeetupPaymentRow[]> {
  return tx.select().from(meetupPayments).where(eq(meetupPayments.meetupId, meetupId)).for("update");
}

/** Refunds owed and not yet asked of Stripe, oldest first. */
export async function refundsDue(db: Db, limit = 100): Promise<MeetupPaymentRow[]> {
  return db
    .select()
    .from(meetupPayments)
    .where(
      and(
        eq(meetupPayments.status, "paid"),
        isNotNull(meetupPayments.refundDueAt),
        isNull(meetupPayments.refundRequestedAt),
        isNotNull(meetupPayments.chargeId),
      ),
    )
    .orderBy(meetupPayments.refundDueAt)
    .limit(limit);
}

/** Marks a refund as asked of Stripe, once: false when another server already did. */
export async function markMeetupRefundRequested(tx: Db, id: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(meetupPayments)
    .set({ refundRequestedAt: now, updatedAt: now })
    .where(and(eq(meetupPayments.id, id), isNull(meetupPayments.refundRequestedAt)))
    .returning({ id: meetupPayments.id });
  return rows.length > 0;
}

/** A meetup fee's receipt, for the member who paid it only (anyone else: null). */
export async function meetupReceiptFor(db: Db, meetupId: string, viewerId: string) {
  const [row] = await db
    .select({
      payment: meetupPayments,
      title: meetups.title,
      startsAt: meetups.startsAt,
    })
    .from(meetupPayments)
    .innerJoin(meetups, eq(meetups.id, meetupPayments.meetupId))
    .where(
      and(
        eq(meetupPayments.meetupId, meetupId),
        eq(meetupPayments.memberId, viewerId),
        or(eq(meetupPayments.status, "paid"), eq(meetupPayments.status, "refunded"), eq(meetupPayments.status, "disputed")),
      ),
    )
    .orderBy(desc(meetupPayments.paidAt))
    .limit(1);
  if (!row) return null;
  const names = await db
    .select({ id: members.userId, name: members.displayName })
    .from(members)
    .where(or(eq(members.userId, row.payment.memberId), eq(members.userId, row.payment.organiserId)));
  const name = (id: string) => names.find((n) => n.id === id)?.name ?? "";
  return { ...row, memberName: name(row.payment.memberId), organiserName: name(row.payment.organiserId) };
}
