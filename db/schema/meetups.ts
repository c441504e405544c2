import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { municipalities } from "./places";

export const meetupFrequency = pgEnum("meetup_frequency", ["weekly", "monthly"]);

/** A recurrence: occurrences are rows of `meetups` sharing the series id, each with its own RSVP list. */
export const meetupSeries = pgTable(
  "meetup_series",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organiserId: text("organiser_id")
      .notNull()
      .references(() => users.id),
    frequency: meetupFrequency("frequency").notNull(),
    /** The last day an occurrence may fall on (a Tokyo date). */
    until: date("until", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("meetup_series_organiser_idx").on(t.organiserId)],
);

export const meetupStatus = pgEnum("meetup_status", ["scheduled", "cancelled"]);

/** One meetup (交流会), or one occurrence of a series. */
export const meetups = pgTable(
  "meetups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organiserId: text("organiser_id")
      .notNull()
      .references(() => users.id),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    seriesId: uuid("series_id").references(() => meetupSeries.id),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    venueName: text("venue_name").notNull(),
    venueAddress: text("venue_address").notNull(),
    mapUrl: text("map_url"),
    startsAt: timestamp("starts_at", { mode: "date", withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { mode: "date", withTimezone: true }).notNull(),
    capacityAdults: integer("capacity_adults").notNull(),
    capacityChildren: integer("capacity_children").notNull(),
    /** Target age band of the children, in whole years, inclusive. */
    ageMin: integer("age_min").notNull().default(0),
    ageMax: integer("age_max").notNull().default(12),
    /** 0 is free; anything else is paid by card on Stripe Checkout to the organiser's connected account. */
    feeYen: integer("fee_yen").notNull().default(0),
    status: meetupStatus("status").notNull().default("scheduled"),
    cancelledAt: timestamp("cancelled_at", { mode: "date", withTimezone: true }),
    cancelReason: text("cancel_reason"),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("meetups_municipality_starts_idx").on(t.municipalityId, t.startsAt),
    index("meetups_organiser_idx").on(t.organiserId, t.startsAt),
    index("meetups_series_idx").on(t.seriesId, t.startsAt),
    check("meetups_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("meetups_capacity", sql`${t.capacityAdults} > 0 and ${t.capacityChildren} >= 0`),
    check("meetups_age_band", sql`${t.ageMin} >= 0 and ${t.ageMax} >= ${t.ageMin} and ${t.ageMax} <= 18`),
    check("meetups_fee", sql`${t.feeYen} >= 0`),
  ],
);

/** "held": a seat of a paid meetup kept for the member while they pay (lib/meetups/holds.ts), until hold_until. */
export const rsvpStatus = pgEnum("rsvp_status", ["confirmed", "waitlisted", "cancelled", "held"]);

/**
 * A seat (or a place on the waitlist) at one meetup, with its ticket. A walk-in added by the
 * organiser at the venue is a confirmed, checked-in RSVP.
 */
export const meetupRsvps = pgTable(
  "meetup_rsvps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetupId: uuid("meetup_id")
      .notNull()
      .references(() => meetups.id, { onDelete: "cascade" }),
    memberId: text("member_id")
      .notNull()
      .references(() => users.id),
    adults: integer("adults").notNull(),
    children: integer("children").notNull(),
    status: rsvpStatus("status").notNull(),
    /** Arrival order: the waitlist moves up in this order. */
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    seq: integer("seq").generatedAlwaysAsIdentity(),
    promotedAt: timestamp("promoted_at", { mode: "date", withTimezone: true }),
    /** A held seat is the member's until then (lib/meetups/holds.ts); null for any other status. */
    holdUntil: timestamp("hold_until", { mode: "date", withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { mode: "date", withTimezone: true }),
    /** The ticket QR carries this secret; it identifies the RSVP to the organiser's scanner only. */
    ticketToken: text("ticket_token").notNull(),
    checkedInAt: timestamp("checked_in_at", { mode: "date", withTimezone: true }),
    checkedInBy: text("checked_in_by").references(() => users.id),
    walkIn: boolean("walk_in").notNull().default(false),
  },
  (t) => [
    // A member cannot take two seats: one live RSVP per meetup.
    uniqueIndex("meetup_rsvps_one_live").on(t.meetupId, t.memberId).where(sql`${t.status} <> 'cancelled'`),
    uniqueIndex("meetup_rsvps_ticket").on(t.ticketToken),
    index("meetup_rsvps_meetup_idx").on(t.meetupId, t.status, t.seq),
    index("meetup_rsvps_member_idx").on(t.memberId),
    check("meetup_rsvps_party", sql`${t.adults} >= 1 and ${t.children} >= 0`),
  ],
);

export const metRequestStatus = pgEnum("met_request_status", ["pending", "accepted", "declined"]);

/** "People I met": one attendee asks another who checked in at the same meetup to connect. */
export const meetupConnectionRequests = pgTable(
  "meetup_connection_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetupId: uuid("meetup_id")
      .notNull()
      .references(() => meetups.id, { onDelete: "cascade" }),
    fromUser: text("from_user")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    toUser: text("to_user")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: metRequestStatus("status").notNull().default("pending"),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { mode: "date", withTimezone: true }),
  },
  (t) => [
    unique("meetup_connection_requests_pair").on(t.meetupId, t.fromUser, t.toUser),
    index("meetup_connection_requests_to_idx").on(t.toUser),
  ],
);

/** A member's personal calendar feed; the URL's secret is stored hashed and can be rotated. */
export const calendarFeeds = pgTable("calendar_feeds", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
});
