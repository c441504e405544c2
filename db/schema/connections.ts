import { sql } from "drizzle-orm";
import { boolean, check, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { meetups } from "./meetups";

export const connectionProvenance = pgEnum("connection_provenance", ["in_person", "meetup", "distance"]);

/**
 * Two members who know each other (シェア友). One row per pair, stored with userA < userB so a
 * pair can only exist once.
 */
export const connections = pgTable(
  "connections",
  {
    userA: text("user_a")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    userB: text("user_b")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provenance: connectionProvenance("provenance").notNull(),
    /** For provenance "meetup": the meetup both checked in at ("met at <meetup>"). */
    meetupId: uuid("meetup_id").references(() => meetups.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    /** 事前の顔合わせ: each side's confirmation that they have met face to face. */
    aMetAt: timestamp("a_met_at", { mode: "date", withTimezone: true }),
    bMetAt: timestamp("b_met_at", { mode: "date", withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.userA, t.userB] }),
    index("connections_user_b_idx").on(t.userB),
    // The connections formed at a meetup (organiser's attendance, municipal statistics).
    index("connections_meetup_idx").on(t.meetupId).where(sql`${t.meetupId} is not null`),
    check("connections_ordered", sql`${t.userA} < ${t.userB}`),
  ],
);

export const connectionRequestStatus = pgEnum("connection_request_status", ["pending", "completed", "cancelled"]);

/** An at-a-distance request, completed when each side has entered the other's last four phone digits. */
export const connectionRequests = pgTable(
  "connection_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fromUser: text("from_user")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    toUser: text("to_user")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: connectionRequestStatus("status").notNull().default("pending"),
    fromVerifiedAt: timestamp("from_verified_at", { mode: "date", withTimezone: true }),
    toVerifiedAt: timestamp("to_verified_at", { mode: "date", withTimezone: true }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { mode: "date", withTimezone: true }),
  },
  (t) => [
    // At most one open request per pair, whichever side sent it.
    uniqueIndex("connection_requests_one_pending_per_pair")
      .on(sql`least(${t.fromUser}, ${t.toUser})`, sql`greatest(${t.fromUser}, ${t.toUser})`)
      .where(sql`${t.status} = 'pending'`),
    index("connection_requests_to_idx").on(t.toUser),
  ],
);

/**
 * Every try at the four digits, per pair (userA < userB) whatever the request, so that a new
 * request does not reset the count. Wrong tries in the last 24 hours decide the lockout.
 */
export const digitAttempts = pgTable(
  "digit_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userA: text("user_a").notNull(),
    userB: text("user_b").notNull(),
    attemptedBy: text("attempted_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    correct: boolean("correct").notNull(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("digit_attempts_pair_idx").on(t.userA, t.userB, t.createdAt)],
);

/** The pair's row to lock while digits are checked, so parallel tries are judged one at a time. */
export const pairGuards = pgTable(
  "pair_guards",
  {
    userA: text("user_a").notNull(),
    userB: text("user_b").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userA, t.userB] })],
);

/** A member's personal QR code / link. Rotating it replaces the token, so a leaked link stops working. */
export const connectionTokens = pgTable("connection_tokens", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  token: text("token").notNull().unique(),
  rotatedAt: timestamp("rotated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
});

/** Silent blocks: the blocked member is never told. */
export const blocks = pgTable(
  "blocks",
  {
    blockerId: text("blocker_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    blockedId: text("blocked_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.blockerId, t.blockedId] }), index("blocks_blocked_idx").on(t.blockedId)],
);
