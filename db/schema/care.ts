import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { CARE_PURPOSES } from "@/lib/care/purposes";
import { CARE_STATES } from "@/lib/care/states";
import type { InsuranceSnapshot } from "@/lib/insurance/snapshot";
import type { CancellationCharge } from "@/lib/thanks";
import { users } from "./auth";
import { children } from "./children";
import { groups } from "./groups";
import { municipalities } from "./places";

const ts = (name: string) => timestamp(name, { mode: "date", withTimezone: true });

// The states of lib/care; the stored state may lag the clock (see effectiveState).
export const careState = pgEnum("care_state", CARE_STATES);
export const careKind = pgEnum("care_kind", ["azukari", "soge", "both"]);
export const carePlace = pgEnum("care_place", ["helper_home", "parent_home", "other"]);
export const carePurpose = pgEnum("care_purpose", CARE_PURPOSES);

/** The care a row belongs to; the row goes when the care is deleted. */
const requestRef = () =>
  uuid("request_id")
    .notNull()
    .references(() => careRequests.id, { onDelete: "cascade" });

/** A rulebook for the thank-you, as data (lib/thanks validates it). A municipality may adopt one. */
export const rulebooks = pgTable("rulebooks", {
  key: text("key").primaryKey(),
  nameJa: text("name_ja").notNull(),
  nameEn: text("name_en").notNull(),
  /** The rules in force (the latest version). */
  rules: jsonb("rules").notNull(),
  version: integer("version").notNull().default(1),
  createdAt: ts("created_at").notNull().defaultNow(),
});

/** Every saved version of a rulebook, so that a care keeps the rules it was agreed under. */
export const rulebookVersions = pgTable(
  "rulebook_versions",
  {
    rulebookKey: text("rulebook_key")
      .notNull()
      .references(() => rulebooks.key, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    rules: jsonb("rules").notNull(),
    savedBy: text("saved_by").references(() => users.id, { onDelete: "set null" }),
    savedAt: ts("saved_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.rulebookKey, t.version] })],
);

export const municipalityRulebooks = pgTable("municipality_rulebooks", {
  municipalityId: uuid("municipality_id")
    .primaryKey()
    .references(() => municipalities.id, { onDelete: "cascade" }),
  rulebookKey: text("rulebook_key")
    .notNull()
    .references(() => rulebooks.key),
});

/** 頼りあい: one request for care, from posting to settlement. */
export const careRequests = pgTable(
  "care_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // A member who leaves is anonymised, never deleted: the history stays for the statistics.
    parentId: text("parent_id")
      .notNull()
      .references(() => users.id),
    kind: careKind("kind").notNull(),
    /** What the care is for (optional); maps to the ファミサポ monthly report's categories. */
    purpose: carePurpose("purpose"),
    startAt: ts("start_at").notNull(),
    endAt: ts("end_at").notNull(),
    place: carePlace("place"),
    placeNote: text("place_note"),
    pickupPlace: text("pickup_place"),
    dropoffPlace: text("dropoff_place"),
    mealNeeded: boolean("meal_needed").notNull().default(false),
    notes: text("notes"),
    /** The group whose members (among the parent's connections) were asked, if the audience was a group. */
    audienceGroupId: uuid("audience_group_id").references(() => groups.id, { onDelete: "set null" }),
    state: careState("state").notNull().default("open"),
    /**
     * The widening ask (lib/care/widening): a second audience (a group, chosen connections or both)
     * asked at widen_at if nobody has said OK by then; widened_at records that it was done (once).
     * The chosen ids are checked again when it is done, so a member who left is simply not asked.
     */
    widenGroupId: uuid("widen_group_id").references(() => groups.id, { onDelete: "set null" }),
    widenUserIds: text("widen_user_ids").array(),
    widenAt: ts("widen_at"),
    widenedAt: ts("widened_at"),
    rulebookKey: text("rulebook_key")
      .notNull()
      .references(() => rulebooks.key),
    /** The version of the rulebook in force when the request was posted; the care keeps it. */
    rulebookVersion: integer("rulebook_version"),
    helperId: text("helper_id").references(() => users.id),
    matchedAt: ts("matched_at"),
    insured: boolean("insured"),
    /** The facts insurance was decided on, frozen at matching (lib/insurance buildInsuranceSnapshot). */
    insuranceSnapshot: jsonb("insurance_snapshot"),
    closedAt: ts("closed_at"),
    cancelledBy: text("cancelled_by").references(() => users.id),
    cancelReason: text("cancel_reason"),
    /** What the parent owes the helper for the cancellation or no-show, frozen when it was recorded (lib/thanks). */
    cancellationChargeYen: integer("cancellation_charge_yen"),
    /** The whole charge as the page shows it: the amount, its percent and basis. */
    cancellationCharge: jsonb("cancellation_charge").$type<CancellationCharge>(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("care_requests_parent_idx").on(t.parentId, t.startAt),
    index("care_requests_helper_idx").on(t.helperId, t.startAt),
    index("care_requests_due_idx").on(t.state, t.startAt),
    // The statistics summaries refresh recent and recently changed requests (lib/stats/workflows/refresh.ts).
    index("care_requests_start_idx").on(t.startAt),
    index("care_requests_updated_idx").on(t.updatedAt),
    index("care_requests_widen_idx").on(t.widenAt).where(sql`${t.widenedAt} is null`),
    check("care_requests_end_after_start", sql`${t.endAt} > ${t.startAt}`),
    check("care_requests_helper_when_matched", sql`${t.matchedAt} is null or ${t.helperId} is not null`),
  ],
);

export const careRequestChildren = pgTable(
  "care_request_children",
  {
    requestId: requestRef(),
    childId: uuid("child_id")
      .notNull()
      .references(() => children.id),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.childId] })],
);

export const recipientResponse = pgEnum("recipient_response", ["none", "ok", "declined"]);

/** Who was asked, and what they answered. An "ok" is an offer. */
export const careRecipients = pgTable(
  "care_recipients",
  {
    requestId: requestRef(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    response: recipientResponse("response").notNull().default("none"),
    message: text("message"),
    /** 「気持ちだけでOK」: the helper waives the thank-you (expenses are still paid). */
    waived: boolean("waived").notNull().default(false),
    sheetReadAt: ts("sheet_read_at"),
    /** A driver offering 送迎 for an under-6 confirms the child seat. */
    childSeatConfirmed: boolean("child_seat_confirmed").notNull().default(false),
    respondedAt: ts("responded_at"),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.userId] }), index("care_recipients_user_idx").on(t.userId)],
);

export const offerEventKind = pgEnum("offer_event_kind", ["offered", "withdrawn"]);

/**
 * Every OK and every taking back of one, as it happened: the statistics need "withdrawn after an OK
 * was offered" for any past month, which the recipient rows (current answer only) cannot tell.
 */
export const careOfferEvents = pgTable(
  "care_offer_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: requestRef(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    kind: offerEventKind("kind").notNull(),
    at: ts("at").notNull(),
  },
  (t) => [index("care_offer_events_request_idx").on(t.requestId, t.at)],
);

export const changeStatus = pgEnum("change_status", ["pending", "accepted", "declined", "withdrawn"]);

/** A proposed new time for a matched care; it needs the other side's agreement. */
export const careTimeChanges = pgTable(
  "care_time_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: requestRef(),
    proposedBy: text("proposed_by")
      .notNull()
      .references(() => users.id),
    newStartAt: ts("new_start_at").notNull(),
    newEndAt: ts("new_end_at").notNull(),
    status: changeStatus("status").notNull().default("pending"),
    createdAt: ts("created_at").notNull().defaultNow(),
    decidedAt: ts("decided_at"),
    /** For a change to another day: insurance decided again for that day when it was proposed (shown before both agree). */
    insuranceSnapshot: jsonb("insurance_snapshot").$type<InsuranceSnapshot>(),
  },
  (t) => [uniqueIndex("care_time_changes_one_pending").on(t.requestId).where(sql`${t.status} = 'pending'`)],
);

/** The helper's report and the parent's confirmation; the thank-you is computed from these times. */
export const careReports = pgTable("care_reports", {
  requestId: requestRef().primaryKey(),
  actualStartAt: ts("actual_start_at").notNull(),
  actualEndAt: ts("actual_end_at").notNull(),
  /** Itemised expenses: [{ kind, label, yen }]. */
  expenses: jsonb("expenses").notNull().default(sql`'[]'::jsonb`),
  reportedAt: ts("reported_at").notNull().defaultNow(),
  confirmedAt: ts("confirmed_at"),
  disputedAt: ts("disputed_at"),
  disputeReason: text("dispute_reason"),
  /** The itemised breakdown (lib/thanks) frozen when the parent confirmed. */
  breakdown: jsonb("breakdown"),
  thanksYen: integer("thanks_yen"),
  expensesYen: integer("expenses_yen"),
  parentPaysYen: integer("parent_pays_yen"),
});

export const settlementMethod = pgEnum("settlement_method", ["cash", "card"]);

export const careSettlements = pgTable("care_settlements", {
  requestId: requestRef().primaryKey(),
  method: settlementMethod("method").notNull().default("cash"),
  parentConfirmedAt: ts("parent_confirmed_at"),
  helperConfirmedAt: ts("helper_confirmed_at"),
  settledAt: ts("settled_at"),
});

/** Every time a helper opened a child's care details: who, which child, when. */
export const careDetailViews = pgTable(
  "care_detail_views",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: requestRef(),
    childId: uuid("child_id")
      .notNull()
      .references(() => children.id),
    viewerId: text("viewer_id")
      .notNull()
      .references(() => users.id),
    viewedAt: ts("viewed_at").notNull().defaultNow(),
  },
  (t) => [index("care_detail_views_request_idx").on(t.requestId, t.viewedAt)],
);

export const napCheckState = pgEnum("nap_check_state", ["asleep_ok", "awake", "concern"]);

/** Nap checks during a care (Tokyo's guidance: every 10 minutes for ages 1–2). */
export const napChecks = pgTable(
  "nap_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: requestRef(),
    childId: uuid("child_id")
      .notNull()
      .references(() => children.id),
    checkedBy: text("checked_by")
      .notNull()
      .references(() => users.id),
    state: napCheckState("state").notNull(),
    note: text("note"),
    checkedAt: ts("checked_at").notNull().defaultNow(),
  },
  (t) => [index("nap_checks_request_idx").on(t.requestId, t.checkedAt)],
);

export const incidentSeverity = pgEnum("incident_severity", ["minor", "serious"]);
export const seriousKind = pgEnum("serious_kind", ["death", "unconscious", "injury_30_days"]);

/** An incident during a care; serious ones reach the platform at once with the care's record. */
export const incidents = pgTable(
  "incidents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: requestRef(),
    reportedBy: text("reported_by")
      .notNull()
      .references(() => users.id),
    severity: incidentSeverity("severity").notNull(),
    seriousKind: seriousKind("serious_kind"),
    description: text("description").notNull(),
    occurredAt: ts("occurred_at").notNull(),
    /** The care's record and insurance snapshot as they were when the incident was reported. */
    careRecord: jsonb("care_record").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    handledAt: ts("handled_at"),
  },
  (t) => [index("incidents_open_idx").on(t.severity, t.handledAt)],
);

export const reliabilityKind = pgEnum("reliability_kind", ["late_cancellation", "no_show"]);

/** Late cancellations and no-shows; each member sees their own, and they expire after 12 months. */
export const reliabilityRecords = pgTable(
  "reliability_records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    requestId: requestRef(),
    kind: reliabilityKind("kind").notNull(),
    reason: text("reason"),
    createdAt: ts("created_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
    /** The member's contest of a no-show (within 7 days); an admin decides. Upheld, the row is deleted. */
    contestReason: text("contest_reason"),
    contestedAt: ts("contested_at"),
    /** Set when an admin rejected the contest: the record stays until it expires. */
    contestRejectedAt: ts("contest_rejected_at"),
    contestDecidedBy: text("contest_decided_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("reliability_one_per_care").on(t.userId, t.requestId, t.kind), index("reliability_expiry_idx").on(t.expiresAt)],
);

/** After the care: the parent's thank-you message and the short survey (feeds municipal statistics). */
export const careFeedback = pgTable("care_feedback", {
  requestId: requestRef().primaryKey(),
  thankYouMessage: text("thank_you_message"),
  /** Was this the parent's first completed care? Decides which survey question was asked. */
  firstTime: boolean("first_time"),
  wouldUseAgain: boolean("would_use_again"),
  /** Outcomes a repeat parent reports: found_job, secured_hours, own_time. */
  outcomes: text("outcomes").array(),
  surveyedAt: ts("surveyed_at"),
  thankedAt: ts("thanked_at"),
});

/** One record per thing a member should hear about; later channels (mail, push) deliver these. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    requestId: uuid("request_id").references(() => careRequests.id, { onDelete: "cascade" }),
    data: jsonb("data").notNull().default(sql`'{}'::jsonb`),
    createdAt: ts("created_at").notNull().defaultNow(),
    readAt: ts("read_at"),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);
