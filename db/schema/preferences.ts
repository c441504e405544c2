import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth";

/**
 * A member's notification choices (lib/notify/preferences): no row means the defaults (every
 * channel on, the site's quiet hours). Personal settings only, so they go with the account.
 */
export const notificationPreferences = pgTable("notification_preferences", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** "category.channel" pairs the member turned off. */
  off: text("off").array().notNull().default([]),
  /** "HH:MM-HH:MM", "off", or null for the site's QUIET_HOURS. */
  quietHours: text("quiet_hours"),
  updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
});
