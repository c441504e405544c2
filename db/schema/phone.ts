import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { members } from "./members";

/**
 * The one-time code last sent to a member's phone, one per member: a new code replaces the old.
 * Only a keyed hash of the code is kept (lib/members/phone-code.ts).
 */
export const phoneCodes = pgTable("phone_codes", {
  userId: text("user_id")
    .primaryKey()
    .references(() => members.userId, { onDelete: "cascade" }),
  /** The number the code was sent to: entering the code verifies this number only. */
  phone: text("phone").notNull(),
  codeHash: text("code_hash").notNull(),
  sentAt: timestamp("sent_at", { mode: "date", withTimezone: true }).notNull(),
  expiresAt: timestamp("expires_at", { mode: "date", withTimezone: true }).notNull(),
  wrongTries: integer("wrong_tries").notNull().default(0),
});

/** Text messages that would have gone out, when no SMS provider is configured (development), or the test stand-in received. */
export const smsOutbox = pgTable("sms_outbox", {
  id: uuid("id").primaryKey().defaultRandom(),
  to: text("to").notNull(),
  body: text("body").notNull(),
  createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
});
