import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

const ts = (name: string) => timestamp(name, { mode: "date", withTimezone: true });

export const deliveryChannel = pgEnum("delivery_channel", ["email", "push", "line"]);
export const deliveryState = pgEnum("delivery_state", ["waiting", "sent", "failed", "skipped"]);

/**
 * The outbox (lib/jobs): one row per message to send, written in the transaction of what it tells.
 * Runners claim due rows with FOR UPDATE SKIP LOCKED and a lease (locked_until), so a runner that
 * dies gives its rows back when the lease ends; the dedup key makes each message enqueued once.
 * No message body is kept: it is written from the notification when it is sent.
 */
export const deliveries = pgTable(
  "deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    dedupKey: text("dedup_key").notNull().unique(),
    channel: deliveryChannel("channel").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The in-app notification it carries (deleted with it). */
    notificationId: uuid("notification_id").notNull(),
    state: deliveryState("state").notNull().default("waiting"),
    runAt: ts("run_at").notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    lockedUntil: ts("locked_until"),
    /** The last failure's short code (never a message body or an address). */
    lastError: text("last_error"),
    createdAt: ts("created_at").notNull().defaultNow(),
    finishedAt: ts("finished_at"),
  },
  (t) => [index("deliveries_due_idx").on(t.state, t.runAt), index("deliveries_notification_idx").on(t.notificationId)],
);

/**
 * Recurring background tasks (request expiry, end of care, …): one row each, claimed by one runner
 * at a time (FOR UPDATE SKIP LOCKED, then a lease), whichever app server or worker gets there first.
 */
export const jobSchedules = pgTable("job_schedules", {
  name: text("name").primaryKey(),
  nextRunAt: ts("next_run_at").notNull(),
  lockedUntil: ts("locked_until"),
  lastRunAt: ts("last_run_at"),
  lastError: text("last_error"),
});
