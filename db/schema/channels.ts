import { boolean, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

const ts = (name: string) => timestamp(name, { mode: "date", withTimezone: true });

/**
 * A device that accepts web push for a member (one row per browser subscription). The endpoint is
 * the push service's address for that device; p256dh and auth are the keys its payloads are
 * encrypted with. Deleted with the member, and when the push service says the device is gone.
 */
export const pushSubscriptions = pgTable("push_subscriptions", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  endpoint: text("endpoint").notNull().unique(),
  p256dh: text("p256dh").notNull(),
  auth: text("auth").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});

/**
 * Whether a LINE user follows (has added) the official account, from the follow and unfollow
 * webhooks. Keyed by the LINE user id, since a follow may arrive before the member links LINE;
 * `changedAt` is the event's own time, so an older event arriving late changes nothing.
 */
export const lineFollowers = pgTable("line_followers", {
  lineUserId: text("line_user_id").primaryKey(),
  following: boolean("following").notNull(),
  changedAt: ts("changed_at").notNull(),
});

/** LINE webhook events already handled (LINE redelivers an event with the same webhookEventId). */
export const lineWebhookEvents = pgTable("line_webhook_events", {
  id: text("id").primaryKey(),
  receivedAt: ts("received_at").notNull().defaultNow(),
});
