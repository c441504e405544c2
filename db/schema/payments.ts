import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { PAYMENT_STATUSES } from "@/lib/payments/status";
import { users } from "./auth";
import { careRequests } from "./care";

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

/** Every Stripe event applied, by its id: written in the same transaction as its effect, so each applies once. */
export const stripeEvents = pgTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  /** What it changed, for an admin reading the log ("paid", "ignored: already refunded"…). */
  outcome: text("outcome").notNull(),
  receivedAt: ts("received_at").notNull().defaultNow(),
});
