import { sql } from "drizzle-orm";
import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { DESK_CATEGORIES, THREAD_STATES } from "@/lib/desk/desk";
import { REPORT_CATEGORIES, REPORT_DECISIONS, REPORT_STATES, REPORT_TARGETS, REPORTABLE_MESSAGES } from "@/lib/safety/reports";
import { users } from "./auth";
import { careRequests } from "./care";
import { locale } from "./members";

const ts = (name: string) => timestamp(name, { mode: "date", withTimezone: true });

export const reportTarget = pgEnum("report_target", REPORT_TARGETS);
export const reportCategory = pgEnum("report_category", REPORT_CATEGORIES);
export const reportState = pgEnum("report_state", REPORT_STATES);
export const reportDecision = pgEnum("report_decision", REPORT_DECISIONS);
export const reportMessage = pgEnum("report_message", REPORTABLE_MESSAGES);

/**
 * A member's report of another member, a care or one of its messages, and the admin desk's answer.
 * The people are kept by reference only, and set to null when their account is deleted: a decided
 * report stays as the record of what the desk did.
 */
export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reporterId: text("reporter_id").references(() => users.id, { onDelete: "set null" }),
    /** The member the report is about (for a care: the other side; for a message: its writer). */
    reportedId: text("reported_id").references(() => users.id, { onDelete: "set null" }),
    target: reportTarget("target").notNull(),
    requestId: uuid("request_id").references(() => careRequests.id, { onDelete: "set null" }),
    message: reportMessage("message"),
    category: reportCategory("category").notNull(),
    text: text("text").notNull(),
    state: reportState("state").notNull().default("new"),
    /** When the desk should have decided (lib/safety/reports responseTarget). */
    respondBy: ts("respond_by").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    reviewedAt: ts("reviewed_at"),
    decision: reportDecision("decision"),
    decisionReason: text("decision_reason"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: ts("decided_at"),
  },
  (t) => [index("reports_queue_idx").on(t.state, t.respondBy), index("reports_reported_idx").on(t.reportedId)],
);

/**
 * Phone numbers that may not verify an account: a suspended member's verified number, kept as a
 * keyed hash (lib/safety/phone-block.ts), never the number itself. Lifting the suspension deletes
 * the row; deleting the account keeps it (that is what it is for).
 */
export const blockedPhones = pgTable("blocked_phones", {
  phoneKey: text("phone_key").primaryKey(),
  userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: ts("created_at").notNull().defaultNow(),
});

export const deskCategory = pgEnum("desk_category", DESK_CATEGORIES);
export const deskThreadState = pgEnum("desk_thread_state", THREAD_STATES);
export const appealOutcome = pgEnum("appeal_outcome", ["lifted", "upheld"]);

/**
 * A question to the consultation desk, from a member (deleted with their account) or a visitor
 * (who gives an e-mail address for the answer).
 */
export const deskThreads = pgTable(
  "desk_threads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    /** A visitor's address for the answer; null for a member (the answer goes through their notifications). */
    email: text("email"),
    /** The language the question was asked in: a visitor's answer is written in it. */
    locale: locale("locale").notNull().default("ja"),
    category: deskCategory("category").notNull(),
    state: deskThreadState("state").notNull().default("open"),
    appealOutcome: appealOutcome("appeal_outcome"),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("desk_threads_user_idx").on(t.userId),
    index("desk_threads_queue_idx").on(t.state, t.updatedAt),
    // A suspension is appealed once.
    uniqueIndex("desk_threads_one_appeal").on(t.userId).where(sql`${t.category} = 'appeal'`),
  ],
);

export const deskMessages = pgTable(
  "desk_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => deskThreads.id, { onDelete: "cascade" }),
    /** The admin who answered; null for the asker's own messages (and once the admin's account is gone). */
    adminId: text("admin_id").references(() => users.id, { onDelete: "set null" }),
    fromDesk: boolean("from_desk").notNull(),
    body: text("body").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("desk_messages_thread_idx").on(t.threadId, t.createdAt)],
);
