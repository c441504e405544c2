import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { PAYMENT_STATUSES } from "@/lib/payments/status";
import { users } from "./auth";
import { careRequests } from "./care";
import { meetupRsvps, meetups } from "./meetups";

const ts = (name: string) => timestamp(name, { mode: "date", withTimezone: true });

/** A helper's Stripe connected account (Express, paid out to their bank), kept in sync from `account.updated`. */
export const stripeAccounts = pgTable("stripe_accounts", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  accountId: text("account_id").notNull().unique(),
  chargesEnabled: boolean("charges_enabled").notNull().default(false),
  payoutsEnabled: boolean("payouts_enabled").notNull().default(false),
  detailsSubmitted: boolean("details_submitted").notNull().default(false),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export const paymentStatus = pgEnum("payment_status", PAYMENT_STATUSES);

/**
 * A care's thank-you paid by card: one row per care, amount frozen from the confirmed report,
 * status only moving forward (lib/payments/status). The card fee is the platform's, recorded
 * from the charge's balance transaction.
 */
export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => careRequests.id),
    parentId: text("parent_id")
      .notNull()
      .references(() => users.id),
    helperId: text("helper_id")
      .notNull()
      .references(() => users.id),
    /** The helper's connected account the charge was made for (destination and on_behalf_of). */
    destinationAccountId: text("destination_account_id").notNull(),
    amountYen: integer("amount_yen").notNull(),
    status: paymentStatus("status").notNull().default("pending"),
    /** Which Checkout attempt: a new one (and a new idempotency key) after a session expired or failed. */
    attempt: integer("attempt").notNull().default(1),
    checkoutSessionId: text("checkout_session_id"),
    paymentIntentId: text("payment_intent_id"),
    chargeId: text("charge_id"),
    /** Stripe's processing fee on the charge, borne by the platform (zero commission). */
    feeYen: integer("fee_yen"),
    createdAt: ts("created_at").notNull().defaultNow(),
    paidAt: ts("paid_at"),
    /** When an admin asked Stripe for the refund; the status moves on charge.refunded. */
    refundRequestedAt: ts("refund_requested_at"),
    refundedAt: ts("refunded_at"),
    disputedAt: ts("disputed_at"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("payments_one_per_care").on(t.requestId),
    uniqueIndex("payments_payment_intent").on(t.paymentIntentId),
    index("payments_helper_paid_idx").on(t.helperId, t.paidAt),
  ],
);

/**
 * A meetup fee paid by card for one RSVP (one row per RSVP; a new RSVP after a cancellation is a
 * new row), charged for the organiser's connected account. Like `payments`, its status only moves
 * forward. A refund owed (the meetup was cancelled, the member cancelled in time, the seat was
 * lost before the payment arrived, or an admin refunded) is marked `refund_due_at` in the
 * transaction that decided it, and asked of Stripe after it (refund_requested_at), by the
 * command or, should that fail, by the runner's next tick.
 */
export const meetupPayments = pgTable(
  "meetup_payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    rsvpId: uuid("rsvp_id")
      .notNull()
      .references(() => meetupRsvps.id),
    meetupId: uuid("meetup_id")
      .notNull()
      .references(() => meetups.id),
    memberId: text("member_id")
      .notNull()
      .references(() => users.id),
    organiserId: text("organiser_id")
      .notNull()
      .references(() => users.id),
    destinationAccountId: text("destination_account_id").notNull(),
    amountYen: integer("amount_yen").notNull(),
    status: paymentStatus("status").notNull().default("pending"),
    attempt: integer("attempt").notNull().default(1),
    checkoutSessionId: text("checkout_session_id"),
    paymentIntentId: text("payment_intent_id"),
    chargeId: text("charge_id"),
    feeYen: integer("fee_yen"),
    createdAt: ts("created_at").notNull().defaultNow(),
    paidAt: ts("paid_at"),
    refundDueAt: ts("refund_due_at"),
    refundRequestedAt: ts("refund_requested_at"),
    refundedAt: ts("refunded_at"),
    disputedAt: ts("disputed_at"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("meetup_payments_one_per_rsvp").on(t.rsvpId),
    uniqueIndex("meetup_payments_payment_intent").on(t.paymentIntentId),
    index("meetup_payments_meetup_idx").on(t.meetupId),
    index("meetup_payments_refund_due_idx").on(t.refundDueAt),
  ],
);

/** Every Stripe event applied, by its id: written in the same transaction as its effect, so each applies once. */
export const stripeEvents = pgTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  /** What it changed, for an admin reading the log ("paid", "ignored: already refunded"…). */
  outcome: text("outcome").notNull(),
  receivedAt: ts("received_at").notNull().defaultNow(),
});
