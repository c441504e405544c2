// What account deletion and "export my data" do with each table, in one place (the privacy
// registry). Every table with a column that points at a member (users.id) or a child must be here:
// db/queries/privacy.integ.test.ts lists the schema's foreign keys and fails on a table that is not.
// A table added later joins by one entry here; the export and the erasure read only this list.

/** Which rows of a table are the member's. */
export type Scope =
  /** Rows where any of these columns holds the member's id. */
  | { member: readonly string[] }
  /** Rows whose column names one of the member's children. */
  | { child: string }
  /** Rows of a care the member was the parent or the helper of. */
  | { request: string }
  /** Rows addressed to the member's e-mail address or phone number (outboxes, sign-in tokens). */
  | { email: string }
  | { phone: string }
  /** Rows of one of the member's threads at the consultation desk. */
  | { deskThread: string }
  /** Rows naming the LINE account the member linked (before the link itself is deleted). */
  | { lineAccount: string };

/**
 * delete: the member's rows (in `erase`, or else `scopes`) go. anonymise: the rows stay for the
 * statistics or the other party's record, with personal data erased (db/queries/privacy.ts
 * ANONYMISERS). keep: the rows hold ids and figures only, which mean no one once the member's own
 * rows are anonymised. Whatever the choice, every text of every row that still contains the member's
 * name, contact or children's data is scrubbed afterwards.
 */
export type Erasure = "delete" | "anonymise" | "keep";

export interface TableRule {
  /** Every column that holds a users.id (the coverage test checks this list against the schema). */
  memberColumns?: readonly string[];
  /** Every column that holds a children.id. */
  childColumns?: readonly string[];
  /** The member's rows, for the export (any of the scopes); none: not exported (and why). */
  scopes: readonly Scope[];
  /** Columns never put in an export (secrets, hashes, the file itself). */
  omit?: readonly string[];
  erase: Erasure;
  /** The rows `delete` removes, when not the same as `scopes`. */
  eraseScopes?: readonly Scope[];
  /** Why this table is treated so (shown to no one; for the reader of this file). */
  why: string;
}

const own = (...columns: string[]): Scope => ({ member: columns });
const ofCare: Scope = { request: "request_id" };
const ofChild: Scope = { child: "child_id" };

export const PRIVACY_TABLES = {
  users: { scopes: [own("id")], erase: "anonymise", why: "kept, without name or e-mail, as the id past cares point at" },
  members: {
    memberColumns: ["user_id"],
    scopes: [own("user_id")],
    erase: "anonymise",
    why: "kept with municipality, district and capabilities for past months' member counts; name, phone erased, birth date to the decade",
  },
  line_followers: {
    scopes: [{ lineAccount: "line_user_id" }],
    erase: "delete",
    why: "whether the member's linked LINE account follows the official account (listed before accounts: found through the link)",
  },
  push_subscriptions: {
    memberColumns: ["user_id"],
    scopes: [own("user_id")],
    omit: ["p256dh", "auth"],
    erase: "delete",
    why: "the member's devices for web push",
  },
  accounts: {
    memberColumns: ["user_id"],
    scopes: [own("user_id")],
    omit: ["refresh_token", "access_token", "id_token"],
    erase: "delete",
    why: "sign-in links",
  },
  sessions: {
    memberColumns: ["user_id"],
    scopes: [],
    erase: "delete",
    eraseScopes: [own("user_id")],
    why: "sign-in sessions: secrets, not exported",
  },
  verification_tokens: {
    scopes: [],
    erase: "delete",
    eraseScopes: [{ email: "identifier" }],
    why: "sign-in links sent by e-mail: secrets",
  },
  children: {
    memberColumns: ["parent_id"],
    scopes: [own("parent_id")],
    erase: "anonymise",
    why: "kept for past cares' age bands: name and details erased, birth date coarsened so no past age band moves",
  },
  care_requests: {
    memberColumns: ["parent_id", "helper_id", "cancelled_by"],
    scopes: [own("parent_id", "helper_id")],
    erase: "anonymise",
    why: "the statistics count them: notes, places and reasons erased",
  },
  care_request_children: { childColumns: ["child_id"], scopes: [ofCare], erase: "keep", why: "ids only; the age band of past cares" },
  care_recipients: {
    memberColumns: ["user_id"],
    scopes: [own("user_id"), ofCare],
    erase: "anonymise",
    why: "who was asked counts in the statistics; the member's messages erased",
  },
  care_offer_events: {
    memberColumns: ["user_id"],
    scopes: [own("user_id"), ofCare],
    erase: "keep",
    why: "ids and times: the solved rate of past months",
  },
  care_time_changes: {
    memberColumns: ["proposed_by"],
    scopes: [ofCare],
    erase: "keep",
    why: "times, and the insurance decided for a new day (its birth dates cut out with the care's own snapshot)",
  },
  care_reports: { scopes: [ofCare], erase: "keep", why: "times and amounts: care hours and thank-you totals (texts scrubbed)" },
  care_settlements: { scopes: [ofCare], erase: "keep", why: "dates only" },
  care_feedback: { scopes: [ofCare], erase: "anonymise", why: "the survey counts; the thank-you message is erased" },
  care_detail_views: {
    memberColumns: ["viewer_id"],
    childColumns: ["child_id"],
    scopes: [ofChild, own("viewer_id")],
    erase: "delete",
    eraseScopes: [ofChild],
    why: "the audit log of the member's children goes with them; views by the member of others' children stay in those parents' logs",
  },
  nap_checks: {
    memberColumns: ["checked_by"],
    childColumns: ["child_id"],
    scopes: [ofCare],
    erase: "delete",
    eraseScopes: [ofChild],
    why: "the member's children's nap log goes; checks the member made of others' children stay in their parents' record",
  },
  incidents: {
    memberColumns: ["reported_by"],
    scopes: [ofCare],
    erase: "keep",
    why: "safety record of the other party too: kept, scrubbed of the member's name and children's data",
  },
  reliability_records: {
    memberColumns: ["user_id", "contest_decided_by"],
    scopes: [own("user_id")],
    erase: "delete",
    eraseScopes: [own("user_id")],
    why: "the member's own record (an admin who decided a contest is only named on it)",
  },
  reports: {
    memberColumns: ["reporter_id", "reported_id", "decided_by"],
    // The member's own reports; a report about them would tell them who reported them.
    scopes: [own("reporter_id")],
    erase: "keep",
    why: "a safety record of the other party too (and the reason of a suspension): kept, scrubbed of the member's name and contact",
  },
  blocked_phones: {
    memberColumns: ["user_id"],
    scopes: [],
    erase: "keep",
    why: "a keyed hash of a suspended member's number, so that it cannot join again: kept on purpose (the account it came from goes)",
  },
  desk_threads: {
    memberColumns: ["user_id"],
    scopes: [own("user_id")],
    erase: "delete",
    why: "the member's questions to the consultation desk (their messages go with them)",
  },
  desk_messages: {
    memberColumns: ["admin_id"],
    scopes: [{ deskThread: "thread_id" }],
    erase: "keep",
    why: "deleted with the member's threads; an admin's answers in other threads are the desk's",
  },
  notifications: {
    memberColumns: ["user_id"],
    scopes: [own("user_id")],
    erase: "delete",
    why: "the member's own; other members' notifications naming them are scrubbed",
  },
  notification_preferences: {
    memberColumns: ["user_id"],
    scopes: [own("user_id")],
    erase: "delete",
    why: "the member's own choices of channels and quiet hours",
  },
  deliveries: { memberColumns: ["user_id"], scopes: [], erase: "delete", eraseScopes: [own("user_id")], why: "e-mail queue: ids only" },
  mail_outbox: { scopes: [], erase: "delete", eraseScopes: [{ email: "to" }], why: "mail that would have been sent to the member" },
  sms_outbox: { scopes: [], erase: "delete", eraseScopes: [{ phone: "to" }], why: "texts that would have been sent to the member" },
  phone_codes: {
    memberColumns: ["user_id"],
    scopes: [],
    erase: "delete",
    eraseScopes: [own("user_id")],
    why: "a hashed one-time code: a secret",
  },
  connections: {
    memberColumns: ["user_a", "user_b"],
    scopes: [own("user_a", "user_b")],
    erase: "keep",
    why: "connections formed count in the statistics; the other side sees a former member",
  },
  connection_requests: {
    memberColumns: ["from_user", "to_user"],
    scopes: [own("from_user", "to_user")],
    erase: "delete",
    why: "pending handshakes",
  },
  digit_attempts: {
    memberColumns: ["user_a", "user_b", "attempted_by"],
    scopes: [own("attempted_by")],
    erase: "delete",
    eraseScopes: [own("user_a", "user_b", "attempted_by")],
    why: "rate limiting only",
  },
  pair_guards: {
    memberColumns: ["user_a", "user_b"],
    scopes: [],
    erase: "delete",
    eraseScopes: [own("user_a", "user_b")],
    why: "a lock row",
  },
  connection_tokens: {
    memberColumns: ["user_id"],
    scopes: [],
    erase: "delete",
    eraseScopes: [own("user_id")],
    why: "the personal link's secret",
  },
  blocks: {
    memberColumns: ["blocker_id", "blocked_id"],
    scopes: [own("blocker_id")],
    erase: "delete",
    eraseScopes: [own("blocker_id", "blocked_id")],
    why: "silent: a member never sees who blocked them",
  },
  groups: {
    memberColumns: ["created_by"],
    scopes: [own("created_by")],
    omit: ["invite_token"],
    erase: "keep",
    why: "the group belongs to its members too",
  },
  group_members: { memberColumns: ["user_id"], scopes: [own("user_id")], erase: "delete", why: "memberships" },
  meetup_series: {
    memberColumns: ["organiser_id"],
    scopes: [own("organiser_id")],
    erase: "keep",
    why: "meetups held count in the statistics",
  },
  meetups: { memberColumns: ["organiser_id"], scopes: [own("organiser_id")], erase: "keep", why: "meetups held count in the statistics" },
  meetup_rsvps: {
    memberColumns: ["member_id", "checked_in_by"],
    scopes: [own("member_id")],
    omit: ["ticket_token"],
    erase: "keep",
    why: "attendance counts in the statistics: ids only",
  },
  meetup_connection_requests: {
    memberColumns: ["from_user", "to_user"],
    scopes: [own("from_user", "to_user")],
    erase: "delete",
    why: "people I met",
  },
  calendar_feeds: { memberColumns: ["user_id"], scopes: [], erase: "delete", eraseScopes: [own("user_id")], why: "a hashed secret" },
  stripe_accounts: { memberColumns: ["user_id"], scopes: [own("user_id")], erase: "delete", why: "the payout account link" },
  payments: {
    memberColumns: ["parent_id", "helper_id"],
    scopes: [own("parent_id", "helper_id")],
    erase: "keep",
    why: "accounting: amounts and ids",
  },
  meetup_payments: {
    memberColumns: ["member_id", "organiser_id"],
    scopes: [own("member_id", "organiser_id")],
    erase: "keep",
    why: "accounting: meetup fees, amounts and ids",
  },
  municipality_staff: { memberColumns: ["user_id"], scopes: [own("user_id")], erase: "delete", why: "a role" },
  platform_admins: { memberColumns: ["user_id"], scopes: [own("user_id")], erase: "delete", why: "a role" },
  organiser_applications: {
    memberColumns: ["user_id", "decided_by"],
    scopes: [own("user_id")],
    erase: "delete",
    eraseScopes: [own("user_id")],
    why: "the member's own applications (an admin's decisions on others stay)",
  },
  qualifications: {
    memberColumns: ["user_id", "verified_by"],
    scopes: [own("user_id")],
    erase: "delete",
    eraseScopes: [own("user_id")],
    why: "certificate numbers",
  },
  single_parent_verifications: {
    memberColumns: ["user_id", "verified_by"],
    scopes: [own("user_id")],
    erase: "delete",
    eraseScopes: [own("user_id")],
    why: "the member's own",
  },
  rulebook_versions: { memberColumns: ["saved_by"], scopes: [], erase: "keep", why: "an admin's edit of a rulebook" },
  stats_requests: {
    memberColumns: ["parent_id", "helper_id"],
    scopes: [],
    erase: "keep",
    why: "statistics summary: ids, dates and figures",
  },
  stats_member_days: { memberColumns: ["user_id"], scopes: [], erase: "keep", why: "statistics summary: active days" },
  privacy_exports: {
    memberColumns: ["user_id"],
    scopes: [],
    erase: "delete",
    eraseScopes: [own("user_id")],
    why: "the export files themselves",
  },
} as const satisfies Record<string, TableRule>;

export type PrivacyTable = keyof typeof PRIVACY_TABLES;
export type AnonymisedTable = { [K in PrivacyTable]: (typeof PRIVACY_TABLES)[K]["erase"] extends "anonymise" ? K : never }[PrivacyTable];

export const privacyTables = (): [PrivacyTable, TableRule][] => Object.entries(PRIVACY_TABLES) as [PrivacyTable, TableRule][];

/** The tables an export holds, in this order. */
export const exportedTables = (): [PrivacyTable, TableRule][] => privacyTables().filter(([, r]) => r.scopes.length > 0);
