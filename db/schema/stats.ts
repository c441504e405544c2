import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { careKind, carePurpose, careState } from "./care";

// Summaries the municipality dashboard reads, so that a page read never scans a city's raw rows.
// They are copies of facts, not figures: lib/stats still computes every figure from them. Written
// only by the clock sweep (lib/stats/workflows/refresh.ts), never on a page read; no names, no children.

/** One row per care request: what lib/stats reads of it, flattened (the parent's home at the time of the refresh). */
export const statsRequests = pgTable(
  "stats_requests",
  {
    requestId: uuid("request_id").primaryKey(),
    municipalityId: uuid("municipality_id").notNull(),
    districtId: uuid("district_id").notNull(),
    parentId: text("parent_id").notNull(),
    helperId: text("helper_id"),
    kind: careKind("kind").notNull(),
    purpose: carePurpose("purpose"),
    startAt: timestamp("start_at", { mode: "date", withTimezone: true }).notNull(),
    state: careState("state").notNull(),
    matched: boolean("matched").notNull(),
    hadOffer: boolean("had_offer").notNull(),
    youngestBirthDate: date("youngest_birth_date"),
    actualMinutes: integer("actual_minutes"),
    thanksYen: integer("thanks_yen"),
    expensesYen: integer("expenses_yen"),
    settled: boolean("settled").notNull(),
    firstTime: boolean("first_time"),
    wouldUseAgain: boolean("would_use_again"),
    outcomes: text("outcomes").array(),
    surveyed: boolean("surveyed").notNull(),
  },
  (t) => [index("stats_requests_town_start_idx").on(t.municipalityId, t.startAt)],
);

/** The Tokyo days a member was active (posted, offered an OK, checked in at a meetup). */
export const statsMemberDays = pgTable(
  "stats_member_days",
  {
    userId: text("user_id").notNull(),
    municipalityId: uuid("municipality_id").notNull(),
    day: date("day").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] }), index("stats_member_days_town_day_idx").on(t.municipalityId, t.day)],
);

/** When each summary was last brought up to date. */
export const statsRefreshes = pgTable("stats_refreshes", {
  key: text("key").primaryKey(),
  refreshedAt: timestamp("refreshed_at", { mode: "date", withTimezone: true }).notNull(),
});

/**
 * One month ('YYYY-MM', Tokyo) of one municipality, summed up by lib/stats/tally.ts: a dashboard for
 * any range of whole months adds its months' tallies. Ids of members appear only in parts computed
 * from fewer than 5 of them (what suppression needs), never on a page or in an export.
 */
export const statsMonths = pgTable(
  "stats_months",
  {
    municipalityId: uuid("municipality_id").notNull(),
    month: text("month").notNull(),
    tally: jsonb("tally").notNull(),
    computedAt: timestamp("computed_at", { mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.month] })],
);

/**
 * What changed since the last refresh, written by database triggers on every write to the rows the
 * statistics read (a request and its offers, children, report, settlement and survey; a member; a
 * meetup's check-ins), whatever its dates: kind 'request' (key: a request id), 'member' (a user id)
 * or 'meetup' (a meetup id). The refresh takes them and brings the summaries of their months up to date.
 */
export const statsChanges = pgTable(
  "stats_changes",
  {
    kind: text("kind").notNull(),
    key: text("key").notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.key] })],
);

/** Months whose tally must be computed again (written by the triggers on connections and meetups, and by the refresh). */
export const statsDirtyMonths = pgTable(
  "stats_dirty_months",
  {
    municipalityId: uuid("municipality_id").notNull(),
    month: text("month").notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.month] })],
);

/** The landing page's figures (lib/stats/platform.ts groups), computed by the refresh from the summaries. */
export const statsLanding = pgTable("stats_landing", {
  key: text("key").primaryKey(),
  groups: jsonb("groups").notNull(),
  computedAt: timestamp("computed_at", { mode: "date", withTimezone: true }).notNull(),
});

/**
 * A municipality's dashboard for its default period (the last twelve months), computed by the clock
 * sweep with lib/stats and stored as it is shown (already suppressed), so that the page staff open
 * most is a single read. Any other period is summed from stats_months when asked.
 */
export const statsDashboards = pgTable("stats_dashboards", {
  municipalityId: uuid("municipality_id").primaryKey(),
  periodFrom: date("period_from").notNull(),
  periodTo: date("period_to").notNull(),
  dashboard: jsonb("dashboard").notNull(),
  computedAt: timestamp("computed_at", { mode: "date", withTimezone: true }).notNull(),
});
