import { readFileSync } from "node:fs";
import fc from "fast-check";

// What the fuzz spec (e2e/fuzz-actions.spec.ts) needs to know about the server actions: which
// exist (the build's manifest, the source of truth), and, for those it knows, their fields.

export type Caller = "user" | "member" | "admin";

export interface ActionInfo {
  /** The form fields the action's zod schema reads. */
  fields: string[];
  /** Of those, the ones holding an id: a malformed value must be "not found". */
  ids?: string[];
  /** Ids that may be left blank (a group only when the audience is a group): blank is not malformed there. */
  optionalIds?: string[];
  /** Who calls it: "user" is signed in without a profile (onboarding); default "member". */
  caller?: Caller;
  /**
   * How it is called: "typed" (previousState, formData) → ActionResult (defineAction, the default);
   * "form" (formData) → void; "state" (previousState, formData) → its own state; "none" () → void.
   */
  shape?: "typed" | "form" | "state" | "none";
}

const CHILD_FIELDS = [
  "name",
  "nameKana",
  "birthDate",
  "allergies",
  "medication",
  "healthNotes",
  "healthConsent",
  "foodHabits",
  "sleepHabits",
  "mayNotEat",
  "childSeatWanted",
  "contacts.0.name",
  "contacts.0.relation",
  "contacts.0.phone",
  "collectors.0.name",
  "collectors.0.phone",
];

const MEETUP_FIELDS = [
  "title",
  "description",
  "venueName",
  "venueAddress",
  "mapUrl",
  "date",
  "startTime",
  "endTime",
  "capacityAdults",
  "capacityChildren",
  "ageMin",
  "ageMax",
  "fee",
  "feeYen",
  "repeat",
  "until",
];

/** Field names by exported action name, read from each action's schema in lib/. */
export const ACTIONS: Record<string, ActionInfo> = {
  // app/(public)/actions.ts: not defineAction; each answers in its own way.
  setLocale: { fields: ["locale"], shape: "form" },
  signInWithProvider: { fields: ["provider", "next"], shape: "form" },
  devSignInAs: { fields: ["userId"], shape: "form" },
  requestEmailLink: { fields: ["email", "next"], shape: "state" },
  signOutAction: { fields: [], shape: "none" },
  // app/(member)/notifications/page.tsx: the inline form action, which calls openNotificationAction.
  $$RSC_SERVER_ACTION_0: { fields: ["id"], shape: "form" },
  // app/(member)/actions.ts
  onboardAction: {
    fields: ["displayName", "nameKana", "municipalityId", "districtId", "birthDate", "phone", "capabilities[]", "acceptTerms"],
    caller: "user",
  },
  // app/(member)/profile/actions.ts: the caller's own phone
  sendPhoneCodeAction: { fields: [] },
  changePhoneAction: { fields: ["phone"] },
  verifyPhoneAction: { fields: ["code"] },
  // app/(member)/profile/privacy/actions.ts: the caller's own data and account
  requestExportAction: { fields: [] },
  deleteAccountAction: { fields: ["confirm"] },
  changeCapabilitiesAction: { fields: ["capabilities[]"] },
  // app/(member)/settings/notifications/actions.ts: the caller's own notification choices
  savePreferencesAction: { fields: ["on[]", "quiet", "quietFrom", "quietTo"] },
  // admin
  resolveDisputeAction: { fields: ["requestId", "outcome"], ids: ["requestId"], caller: "admin" },
  decideContestAction: { fields: ["recordId", "outcome"], ids: ["recordId"], caller: "admin" },
  refundPaymentAction: { fields: ["kind", "paymentId"], ids: ["paymentId"], caller: "admin" },
  markIncidentHandledAction: { fields: ["incidentId"], ids: ["incidentId"], caller: "admin" },
  // reports, suspensions and the consultation desk
  reviewReportAction: { fields: ["reportId"], ids: ["reportId"], caller: "admin" },
  decideReportAction: { fields: ["reportId", "decision", "reason"], ids: ["reportId"], caller: "admin" },
  answerThreadAction: { fields: ["threadId", "body"], ids: ["threadId"], caller: "admin" },
  decideAppealAction: { fields: ["threadId", "outcome", "body"], ids: ["threadId"], caller: "admin" },
  submitReportAction: { fields: ["target", "targetId", "message", "category", "text"], ids: ["targetId"] },
  contactAction: { fields: ["category", "text", "email"] },
  writeMoreAction: { fields: ["threadId", "body"], ids: ["threadId"] },
  approveCertificationAction: { fields: ["applicationId", "identityDocument", "documentLast4"], ids: ["applicationId"], caller: "admin" },
  verifyQualificationAction: { fields: ["qualificationId", "validUntil"], ids: ["qualificationId"], caller: "admin" },
  verifySingleParentAction: { fields: ["verificationId", "document", "validUntil"], ids: ["verificationId"], caller: "admin" },
  rejectAtDeskAction: { fields: ["subject", "id", "reason"], ids: ["id"], caller: "admin" },
  // the member's side of the certification desk
  applyCertificationAction: {
    fields: ["identityDocument", "trained_child_safety", "trained_first_aid", "trained_meetup_running", "trained_privacy"],
  },
  submitQualificationAction: { fields: ["kind", "certificateNumber"] },
  askSingleParentAction: { fields: ["document"] },
  createMunicipalityAction: { fields: ["code", "prefectureJa", "prefectureEn", "nameJa", "nameEn"], caller: "admin" },
  addDistrictAction: { fields: ["municipalityId", "kind", "nameJa", "nameEn"], ids: ["municipalityId"], caller: "admin" },
  assignStaffAction: { fields: ["municipalityId", "email"], ids: ["municipalityId"], caller: "admin" },
  unassignStaffAction: { fields: ["municipalityId", "userId"], ids: ["municipalityId"], caller: "admin" },
  editRulebookAction: { fields: ["municipalityId", "rules", "intent"], ids: ["municipalityId"], caller: "admin" },
  adoptDefaultRulebookAction: { fields: ["municipalityId"], ids: ["municipalityId"], caller: "admin" },
  // connections
  sendRequestAction: { fields: ["userId"], ids: ["userId"] },
  verifyDigitsAction: { fields: ["requestId", "digits"], ids: ["requestId"] },
  cancelRequestAction: { fields: ["requestId"], ids: ["requestId"] },
  confirmMetAction: { fields: ["userId"], ids: ["userId"] },
  removeConnectionAction: { fields: ["userId"], ids: ["userId"] },
  blockMemberAction: { fields: ["userId"], ids: ["userId"] },
  unblockMemberAction: { fields: ["userId"], ids: ["userId"] },
  rotateLinkAction: { fields: [] },
  connectInPersonAction: { fields: ["token", "p"] },
  requestByLinkAction: { fields: ["token"] },
  // children
  createChildAction: { fields: CHILD_FIELDS },
  updateChildAction: { fields: ["id", ...CHILD_FIELDS], ids: ["id"] },
  removeChildAction: { fields: ["id"], ids: ["id"] },
  // groups
  createGroupAction: { fields: ["name", "kind"] },
  joinGroupAction: { fields: ["token"] },
  leaveGroupAction: { fields: ["groupId"], ids: ["groupId"] },
  rotateInviteAction: { fields: ["groupId"], ids: ["groupId"] },
  // meetups
  createMeetupAction: { fields: MEETUP_FIELDS },
  editMeetupAction: { fields: ["meetupId", "scope", ...MEETUP_FIELDS.filter((f) => f !== "repeat" && f !== "until")], ids: ["meetupId"] },
  cancelMeetupAction: { fields: ["meetupId", "scope", "reason"], ids: ["meetupId"] },
  rsvpAction: { fields: ["meetupId", "adults", "children"], ids: ["meetupId"] },
  cancelRsvpAction: { fields: ["meetupId"], ids: ["meetupId"] },
  payForSeatAction: { fields: ["meetupId"], ids: ["meetupId"] },
  rotateCalendarFeedAction: { fields: [] },
  // app/(member)/settings/notifications/actions.ts: this device's push subscription, the LINE link
  subscribePushAction: { fields: ["endpoint", "p256dh", "auth"] },
  unsubscribePushAction: { fields: ["endpoint"] },
  linkLineAction: { fields: [], shape: "form" },
  // meetups: the check-in desk and people I met
  checkInTicketAction: { fields: ["meetupId", "ticket"], ids: ["meetupId"] },
  checkInRsvpAction: { fields: ["meetupId", "rsvpId"], ids: ["meetupId", "rsvpId"] },
  addWalkInAction: { fields: ["meetupId", "memberId", "adults", "children"], ids: ["meetupId", "memberId"] },
  askToConnectAction: { fields: ["meetupId", "userId"], ids: ["meetupId", "userId"] },
  answerMetRequestAction: { fields: ["requestId", "answer"], ids: ["requestId"] },
  // notifications
  openNotificationAction: { fields: ["id"], ids: ["id"] },
  markAllReadAction: { fields: [] },
  // requests: after the care
  proposeTimeAction: { fields: ["requestId", "date", "startTime", "endTime"], ids: ["requestId"] },
  answerTimeAction: { fields: ["requestId", "changeId", "answer"], ids: ["requestId", "changeId"] },
  withdrawTimeAction: { fields: ["requestId", "changeId"], ids: ["requestId", "changeId"] },
  cancelAction: { fields: ["requestId", "reason"], ids: ["requestId"] },
  noShowAction: { fields: ["requestId", "reason"], ids: ["requestId"] },
  contestAction: { fields: ["recordId", "reason"], ids: ["recordId"] },
  reportAction: { fields: ["requestId", "agreed", "startTime", "endTime"], ids: ["requestId"] },
  confirmAction: { fields: ["requestId", "reportedAt"], ids: ["requestId"] },
  disputeAction: { fields: ["requestId", "reason"], ids: ["requestId"] },
  handOverAction: { fields: ["requestId"], ids: ["requestId"] },
  payCardAction: { fields: ["requestId"], ids: ["requestId"] },
  connectStripeAction: { fields: [] },
  thankAction: { fields: ["requestId", "message"], ids: ["requestId"] },
  surveyAction: { fields: ["requestId", "outcomes[]"], ids: ["requestId"] },
  // requests: during the care
  reportIncidentAction: { fields: ["requestId", "severity", "seriousKind", "description", "occurredAt"], ids: ["requestId"] },
  logNapCheckAction: { fields: ["requestId", "childId", "state", "note"], ids: ["requestId", "childId"] },
  // requests
  postRequestAction: {
    fields: [
      "kind",
      "children[]",
      "date",
      "startTime",
      "endTime",
      "place",
      "placeNote",
      "pickupPlace",
      "dropoffPlace",
      "mealNeeded",
      "notes",
      "audience",
      "recipients[]",
      "groupId",
      "widenGroupId",
      "widenRecipients[]",
      "widenAfter",
    ],
    ids: ["children[]", "recipients[]", "groupId", "widenGroupId", "widenRecipients[]"],
    optionalIds: ["groupId", "widenGroupId"],
  },
  answerRequestAction: { fields: ["requestId", "answer", "message", "waived", "sheetRead", "childSeat"], ids: ["requestId"] },
  chooseHelperAction: { fields: ["requestId", "helperId"], ids: ["requestId", "helperId"] },
  withdrawRequestAction: { fields: ["requestId"], ids: ["requestId"] },
};

export interface ManifestAction {
  id: string;
  name: string;
  filename: string;
  /** A page that uses the action, as a path to post to. */
  path: string;
}

/** Every server action of the production build, from its manifest. */
export function manifestActions(): ManifestAction[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, v]) => ({
    id,
    name: v.exportedName,
    filename: v.filename,
    path: pagePath(Object.keys(v.workers)[0] ?? "app/page"),
  }));
}

/** "app/(member)/requests/[id]/page" → "/requests/00000000-…": any page of the action will do. */
function pagePath(worker: string): string {
  const path = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (/^\[.*\]$/.test(s) ? "00000000-0000-4000-8000-000000000000" : s))
    .join("/");
  return `/${path}`;
}

// ---- Hostile values -------------------------------------------------------------------------

/** Strings that have broken forms somewhere before. */
const NASTY = [
  "",
  " ",
  "\t\n",
  "a".repeat(10_000),
  "あ".repeat(3_000),
  "\u0000",
  "a\u0000b",
  "\u0007\b\u001b[31m",
  "\r\n\r\n",
  "\u202eevil",
  "😀👨‍👩‍👧‍👦",
  "\ud800",
  "'; drop table users; --",
  "' OR '1'='1",
  "1 OR 1=1",
  "1; select pg_sleep(5)",
  "$1",
  "%00",
  "%s%s%n",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as it is
  "${7*7}",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "0",
  "-1",
  "1e308",
  "-1e308",
  "9".repeat(400),
  "NaN",
  "Infinity",
  "0x41",
  "null",
  "undefined",
  "true",
  "on",
  "[]",
  "{}",
  "__proto__",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "99999-01-01",
  "2026-02-30T25:61",
  "25:61",
  "10:07",
  "00000000-0000-0000-0000-000000000000",
  "00000000-0000-4000-8000-00000000000g",
  "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
  "00000000000040008000000000000000",
  "{00000000-0000-4000-8000-000000000000}",
  "+81 90 0000 0000",
  "090-0000-0000",
  "a@b",
];

/** Malformed ids: each must be "not found", never a database error. */
export const MALFORMED_IDS = [
  "",
  "1",
  "-1",
  "abc",
  "' OR '1'='1",
  "00000000-0000-4000-8000-00000000000g",
  "00000000-0000-4000-8000-0000000000001",
  "00000000000040008000000000000000",
  "{00000000-0000-4000-8000-000000000000}",
  "../00000000-0000-4000-8000-000000000000",
  "\u0000",
  "9".repeat(400),
];

const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 5 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "Invalid Date" : d.toISOString())), weight: 1 },
  { arbitrary: fc.uuid().map((u) => u.slice(0, 35)), weight: 1 },
);

function fieldName(own: string[]): fc.Arbitrary<string> {
  const random = fc.oneof(
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.string({ minLength: 1, maxLength: 10 }).map((s) => `${s}[]`),
    fc.constantFrom("contacts.0.name", "contacts.99999.phone", "__proto__", "constructor", "x[]"),
  );
  if (own.length === 0) return random;
  return fc.oneof(
    { arbitrary: fc.constantFrom(...own), weight: 3 },
    { arbitrary: fc.constantFrom(...own).map((f) => (f.endsWith("[]") ? f.slice(0, -2) : `${f}[]`)), weight: 1 },
    { arbitrary: random, weight: 1 },
  );
}

export type Body = [string, string][];

/** N reproducible form bodies for an action: its own fields with hostile values, and random fields. */
export function fuzzBodies(info: ActionInfo | undefined, n: number, seed: number): Body[] {
  const own = info?.fields ?? [];
  const body = fc.array(fc.tuple(fieldName(own), hostileValue), { maxLength: 8 });
  // Half the bodies fill every own field at once, so that the schema's later checks are reached too.
  const full = fc.tuple(...own.map((f) => hostileValue.map((v): [string, string] => [f, v])));
  const arb = own.length
    ? fc.oneof(
        body,
        full.map((b) => b as Body),
      )
    : body;
  return fc.sample(arb, { seed, numRuns: n });
}

// ---- The database, before and after -----------------------------------------------------------
