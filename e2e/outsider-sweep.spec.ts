import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { members, smsOutbox, users } from "@/db/schema";
import { expect, test } from "./fixtures";
import { postActionById } from "./server-actions";
import { watchWrites } from "./support/database-writes";
import { CALLERS, type Caller, callerContext, type OutsiderWorld, outsiderWorld } from "./support/outsider-fixtures";

// Every route and every server action of the production build, called by everyone who must not
// see a fixture parent's things: signed out, a stranger, a former connection and a blocked member
// (both were asked for the parent's care), and the staff of another municipality. The lists come
// from the build's manifests; a route or action the tables below do not cover fails the test.

type RouteKind =
  /** Anyone may read it; it must carry nothing private. */
  | "public"
  /** The signed-in member's own page (no id in the path): outsiders see only their own things. */
  | "own"
  /** A resource of the fixture parent, by id: "not found" for every outsider. */
  | "private"
  /** A member's profile: a neighbour sees the name and town only; a blocked member or another town's staff, nothing. */
  | "neighbour"
  /** The admin desk: "not found" for everyone who is not an admin. */
  | "admin"
  /** A link meant to be passed on (a personal or group invite link): nothing private, nothing changes. */
  | "link"
  /** A POST-only endpoint for a signed caller (Stripe's webhooks): a GET is refused (405) and reads nothing. */
  | "webhook"
  /** Framework pages that never answer a request on their own path. */
  | "internal";

// One test at a time: each reads the log of every table written, which another test's writes would spoil.
test.describe.configure({ mode: "serial", timeout: 600_000 });

const ROUTES: Record<string, { kind: RouteKind; path: (w: OutsiderWorld) => string }> = {
  "/(public)/page": { kind: "public", path: () => "/" },
  "/(public)/privacy/page": { kind: "public", path: () => "/privacy" },
  "/(public)/terms/page": { kind: "public", path: () => "/terms" },
  "/(public)/safety/page": { kind: "public", path: () => "/safety" },
  "/(public)/signin/page": { kind: "public", path: () => "/signin" },
  "/(public)/signin/check-email/page": { kind: "public", path: () => "/signin/check-email" },
  "/(public)/suspended/page": { kind: "public", path: () => "/suspended" },
  // The desk's form for everyone; each signed-in caller sees only their own threads.
  "/(public)/contact/page": { kind: "public", path: () => "/contact" },
  // Reporting the parent's care: only those who can see it may report it.
  "/(member)/report/page": { kind: "private", path: (w) => `/report?target=care&id=${w.requestId}` },
  "/(admin)/admin/reports/page": { kind: "admin", path: () => "/admin/reports" },
  "/(admin)/admin/reports/[id]/page": { kind: "admin", path: (w) => `/admin/reports/${w.reportId}` },
  "/(admin)/admin/contact/page": { kind: "admin", path: () => "/admin/contact" },
  "/(admin)/admin/contact/[id]/page": { kind: "admin", path: (w) => `/admin/contact/${w.deskThreadId}` },
  "/api/health/route": { kind: "public", path: () => "/api/health" },
  "/api/auth/[...nextauth]/route": { kind: "public", path: () => "/api/auth/session" },
  "/_not-found/page": { kind: "internal", path: () => "/_not-found" },
  "/_global-error/page": { kind: "internal", path: () => "/_global-error" },
  // Development tools: off in this production build, so "not found" for everyone.
  "/dev/page": { kind: "admin", path: () => "/dev" },
  "/dev/mail/page": { kind: "admin", path: () => "/dev/mail" },
  "/(admin)/admin/page": { kind: "admin", path: () => "/admin" },
  "/(admin)/admin/incidents/page": { kind: "admin", path: () => "/admin/incidents" },
  "/(admin)/admin/payments/page": { kind: "admin", path: () => "/admin/payments" },
  "/(admin)/admin/payments/[kind]/[id]/refund/page": { kind: "admin", path: (w) => `/admin/payments/care/${w.requestId}/refund` },
  "/(admin)/admin/incidents/[id]/page": { kind: "admin", path: (w) => `/admin/incidents/${w.incidentId}` },
  "/(admin)/admin/incidents/[id]/print/page": { kind: "admin", path: (w) => `/admin/incidents/${w.incidentId}/print` },
  "/(admin)/admin/disputes/page": { kind: "admin", path: () => "/admin/disputes" },
  "/(admin)/admin/disputes/[id]/page": { kind: "admin", path: (w) => `/admin/disputes/${w.disputedId}` },
  "/(admin)/admin/no-shows/page": { kind: "admin", path: () => "/admin/no-shows" },
  "/(admin)/admin/certifications/page": { kind: "admin", path: () => "/admin/certifications" },
  "/(admin)/admin/certifications/[id]/page": { kind: "admin", path: (w) => `/admin/certifications/${w.applicationId}` },
  "/(admin)/admin/qualifications/[id]/page": { kind: "admin", path: (w) => `/admin/qualifications/${w.qualificationId}` },
  "/(admin)/admin/single-parent/[id]/page": { kind: "admin", path: (w) => `/admin/single-parent/${w.singleParentId}` },
  "/(admin)/admin/municipalities/page": { kind: "admin", path: () => "/admin/municipalities" },
  "/(admin)/admin/deliveries/page": { kind: "admin", path: () => "/admin/deliveries" },
  "/(admin)/admin/municipalities/[id]/page": { kind: "admin", path: (w) => `/admin/municipalities/${w.municipalityId}` },
  "/(admin)/admin/municipalities/[id]/rulebook/page": { kind: "admin", path: (w) => `/admin/municipalities/${w.municipalityId}/rulebook` },
  // The parent's town's statistics: its own staff only (the other town's staff included: not found).
  "/(municipality)/municipality/page": { kind: "own", path: () => "/municipality" },
  "/(municipality)/municipality/[id]/page": { kind: "private", path: (w) => `/municipality/${w.municipalityId}` },
  "/(municipality)/municipality/[id]/print/page": { kind: "private", path: (w) => `/municipality/${w.municipalityId}/print` },
  "/(municipality)/municipality/[id]/report/page": { kind: "private", path: (w) => `/municipality/${w.municipalityId}/report` },
  "/(municipality)/municipality/[id]/export/route": {
    kind: "private",
    path: (w) => `/municipality/${w.municipalityId}/export?table=headline`,
  },
  "/(member)/c/[token]/page": { kind: "link", path: (w) => `/c/${w.personalToken}` },
  "/(member)/g/[token]/page": { kind: "link", path: (w) => `/g/${w.groupToken}` },
  "/(member)/children/[id]/page": { kind: "private", path: (w) => `/children/${w.childId}` },
  "/(member)/children/[id]/edit/page": { kind: "private", path: (w) => `/children/${w.childId}/edit` },
  "/(member)/connections/requests/[id]/page": { kind: "private", path: (w) => `/connections/requests/${w.connectionRequestId}` },
  "/(member)/groups/[id]/page": { kind: "private", path: (w) => `/groups/${w.groupId}` },
  "/(member)/members/[id]/page": { kind: "neighbour", path: (w) => `/members/${w.parent.id}` },
  "/(member)/members/[id]/connections/page": { kind: "private", path: (w) => `/members/${w.parent.id}/connections` },
  "/(member)/requests/[id]/page": { kind: "private", path: (w) => `/requests/${w.requestId}` },
  "/(member)/requests/[id]/details/page": { kind: "private", path: (w) => `/requests/${w.requestId}/details` },
  "/(member)/children/new/page": { kind: "own", path: () => "/children/new" },
  "/(member)/children/page": { kind: "own", path: () => "/children" },
  "/(member)/connections/page": { kind: "own", path: () => "/connections" },
  "/(member)/groups/new/page": { kind: "own", path: () => "/groups/new" },
  "/(member)/groups/page": { kind: "own", path: () => "/groups" },
  "/(member)/home/page": { kind: "own", path: () => "/home" },
  "/(member)/notifications/page": { kind: "own", path: () => "/notifications" },
  "/(member)/onboarding/page": { kind: "own", path: () => "/onboarding" },
  "/(member)/profile/page": { kind: "own", path: () => "/profile" },
  "/(member)/profile/phone/page": { kind: "own", path: () => "/profile/phone" },
  "/(member)/profile/certification/page": { kind: "own", path: () => "/profile/certification" },
  "/(member)/profile/qualifications/page": { kind: "own", path: () => "/profile/qualifications" },
  "/(member)/profile/single-parent/page": { kind: "own", path: () => "/profile/single-parent" },
  "/(member)/profile/payments/page": { kind: "own", path: () => "/profile/payments" },
  "/(member)/profile/statement/page": { kind: "own", path: () => "/profile/statement" },
  "/(member)/profile/privacy/page": { kind: "own", path: () => "/profile/privacy" },
  "/(member)/profile/privacy/delete/page": { kind: "own", path: () => "/profile/privacy/delete" },
  "/(member)/profile/privacy/exports/[id]/route": { kind: "private", path: (w) => `/profile/privacy/exports/${w.exportId}` },
  "/(member)/requests/[id]/receipt/page": { kind: "private", path: (w) => `/requests/${w.requestId}/receipt` },
  "/(member)/reliability/page": { kind: "own", path: () => "/reliability" },
  "/(member)/settings/notifications/page": { kind: "own", path: () => "/settings/notifications" },
  "/(member)/requests/new/page": { kind: "own", path: () => "/requests/new" },
  "/(member)/requests/page": { kind: "own", path: () => "/requests" },
  "/api/connections/presence-code/route": { kind: "own", path: () => "/api/connections/presence-code" },
  "/(public)/meetups/page": { kind: "public", path: () => "/meetups" },
  "/(public)/meetups/[id]/page": { kind: "public", path: (w) => `/meetups/${w.meetupId}` },
  "/api/meetups/[id]/ics/route": { kind: "public", path: (w) => `/api/meetups/${w.meetupId}/ics` },
  "/(organiser)/meetups/new/page": { kind: "own", path: () => "/meetups/new" },
  "/(organiser)/meetups/[id]/edit/page": { kind: "private", path: (w) => `/meetups/${w.meetupId}/edit` },
  "/(member)/calendar/page": { kind: "own", path: () => "/calendar" },
  // The parent's calendar URL before it was rotated: nothing, for everyone.
  "/api/calendar/[token]/route": { kind: "private", path: (w) => `/api/calendar/${w.oldFeedToken}.ics` },
  "/api/stripe/webhook/route": { kind: "webhook", path: () => "/api/stripe/webhook" },
  "/api/stripe/connect-webhook/route": { kind: "webhook", path: () => "/api/stripe/connect-webhook" },
  "/(member)/meetups/[id]/ticket/page": { kind: "private", path: (w) => `/meetups/${w.attendedMeetupId}/ticket` },
  "/(member)/meetups/[id]/receipt/page": { kind: "private", path: (w) => `/meetups/${w.attendedMeetupId}/receipt` },
  "/(member)/meetups/[id]/people/page": { kind: "private", path: (w) => `/meetups/${w.attendedMeetupId}/people` },
  "/(organiser)/meetups/[id]/check-in/page": {
    kind: "private",
    path: (w) => `/meetups/${w.attendedMeetupId}/check-in?q=${encodeURIComponent("外検")}`,
  },
  "/(organiser)/organiser/page": { kind: "own", path: () => "/organiser" },
  "/(public)/offline/page": { kind: "public", path: () => "/offline" },
  "/manifest.webmanifest/route": { kind: "public", path: () => "/manifest.webmanifest" },
  "/api/line/webhook/route": { kind: "webhook", path: () => "/api/line/webhook" },
};

type ActionKind =
  /** Open to anyone (signing in, the language): nothing private in the answer. */
  | "public"
  /** Acts on the caller's own things only: whatever it answers, the parent's things stay as they were. */
  | "own"
  /** Aimed at the parent's things: refused ("not found" or a sign-in prompt), never ok. */
  | "targeted";
type Fields = (w: OutsiderWorld) => [string, string][];
const care = (w: OutsiderWorld, ...more: [string, string][]): [string, string][] => [["requestId", w.requestId], ...more];
/** How the action takes its arguments: (previousState, formData) unless said (a plain form action, or none). */
type Shape = "form" | "none";
const ACTIONS: Record<string, { kind: ActionKind; fields: Fields; shape?: Shape }> = {
  "app/(public)/actions.ts#devSignInAs": { kind: "public", shape: "form", fields: (w) => [["email", w.parent.email]] },
  "app/(public)/actions.ts#setLocale": { kind: "public", shape: "form", fields: () => [["locale", "en"]] },
  "app/(public)/actions.ts#signInWithProvider": { kind: "public", shape: "form", fields: () => [["provider", "nodemailer"]] },
  "app/(public)/actions.ts#requestEmailLink": { kind: "public", fields: () => [["email", "nobody@example.com"]] },
  "app/(member)/actions.ts#signOutAction": { kind: "own", shape: "none", fields: () => [] },
  "app/(member)/actions.ts#onboardAction": { kind: "own", fields: () => [["displayName", "x"]] },
  "app/(member)/profile/actions.ts#sendPhoneCodeAction": { kind: "own", fields: () => [] },
  // Claiming the parent's verified number: refused, no code goes to the parent, nothing of theirs changes.
  "app/(member)/profile/actions.ts#changePhoneAction": { kind: "own", fields: (w) => [["phone", w.parent.phone]] },
  "app/(member)/profile/actions.ts#verifyPhoneAction": { kind: "own", fields: () => [["code", "123456"]] },
  "app/(member)/profile/privacy/actions.ts#requestExportAction": { kind: "own", fields: () => [] },
  // Unconfirmed: refused (a caller who confirmed would delete only their own account).
  "app/(member)/profile/privacy/actions.ts#deleteAccountAction": { kind: "own", fields: () => [] },
  // The caller keeps both, so the rest of the sweep still finds them a supporter.
  "app/(member)/profile/actions.ts#changeCapabilitiesAction": {
    kind: "own",
    fields: () => [
      ["capabilities[]", "parent"],
      ["capabilities[]", "supporter"],
    ],
  },
  // No record of the parent's is contested in this world: a made-up id must be refused, for a non-admin before it is looked up.
  "app/(admin)/admin/no-shows/actions.ts#decideContestAction": {
    kind: "targeted",
    fields: (w) => [
      ["recordId", w.requestId],
      ["outcome", "upheld"],
    ],
  },
  // Only the caller's own record can be contested: anyone else's id is "not found".
  "app/(member)/reliability/actions.ts#contestAction": {
    kind: "own",
    fields: (w) => [
      ["recordId", w.requestId],
      ["reason", "x"],
    ],
  },
  "app/(admin)/admin/disputes/actions.ts#resolveDisputeAction": {
    kind: "targeted",
    fields: (w) => [
      ["requestId", w.disputedId],
      ["outcome", "completed"],
    ],
  },
  "app/(admin)/admin/municipalities/actions.ts#createMunicipalityAction": {
    kind: "targeted",
    fields: () => [
      ["code", "999999"],
      ["prefectureJa", "外"],
      ["prefectureEn", "Out"],
      ["nameJa", "外町"],
      ["nameEn", "Outtown"],
    ],
  },
  "app/(admin)/admin/municipalities/actions.ts#addDistrictAction": {
    kind: "targeted",
    fields: (w) => [
      ["municipalityId", w.municipalityId],
      ["kind", "chome"],
      ["nameJa", "外丁目"],
      ["nameEn", "Out"],
    ],
  },
  "app/(admin)/admin/municipalities/actions.ts#assignStaffAction": {
    kind: "targeted",
    fields: (w) => [
      ["municipalityId", w.municipalityId],
      ["email", "outsider@example.com"],
    ],
  },
  "app/(admin)/admin/municipalities/actions.ts#unassignStaffAction": {
    kind: "targeted",
    fields: (w) => [
      ["municipalityId", w.municipalityId],
      ["userId", w.parent.id],
    ],
  },
  "app/(admin)/admin/municipalities/actions.ts#editRulebookAction": {
    kind: "targeted",
    fields: (w) => [
      ["municipalityId", w.municipalityId],
      ["rules", "{}"],
      ["intent", "preview"],
    ],
  },
  "app/(admin)/admin/municipalities/actions.ts#adoptDefaultRulebookAction": {
    kind: "targeted",
    fields: (w) => [["municipalityId", w.municipalityId]],
  },
  "app/(admin)/admin/reports/actions.ts#reviewReportAction": { kind: "targeted", fields: (w) => [["reportId", w.reportId]] },
  "app/(admin)/admin/reports/actions.ts#decideReportAction": {
    kind: "targeted",
    fields: (w) => [
      ["reportId", w.reportId],
      ["decision", "suspension"],
      ["reason", "外から"],
    ],
  },
  "app/(admin)/admin/contact/actions.ts#answerThreadAction": {
    kind: "targeted",
    fields: (w) => [
      ["threadId", w.deskThreadId],
      ["body", "外から"],
    ],
  },
  "app/(admin)/admin/contact/actions.ts#decideAppealAction": {
    kind: "targeted",
    fields: (w) => [
      ["threadId", w.deskThreadId],
      ["outcome", "lift"],
      ["body", "外から"],
    ],
  },
  // Writing to the desk opens the caller's own thread; adding to the parent's thread is refused.
  "app/(public)/contact/actions.ts#contactAction": {
    kind: "own",
    fields: () => [
      ["category", "other"],
      ["text", "外から"],
      ["email", "outsider@example.com"],
    ],
  },
  "app/(public)/contact/actions.ts#writeMoreAction": {
    kind: "targeted",
    fields: (w) => [
      ["threadId", w.deskThreadId],
      ["body", "外から"],
    ],
  },
  // Reporting the parent's care: only those who can see it may report it.
  "app/(member)/report/actions.ts#submitReportAction": {
    kind: "targeted",
    fields: (w) => [
      ["target", "care"],
      ["targetId", w.requestId],
      ["category", "other"],
      ["text", "外から"],
    ],
  },
  "app/(admin)/admin/incidents/actions.ts#markIncidentHandledAction": { kind: "targeted", fields: (w) => [["incidentId", w.incidentId]] },
  "app/(admin)/admin/certifications/actions.ts#approveCertificationAction": {
    kind: "targeted",
    fields: (w) => [
      ["applicationId", w.applicationId],
      ["identityDocument", "passport"],
      ["documentLast4", "1234"],
    ],
  },
  "app/(admin)/admin/certifications/actions.ts#verifyQualificationAction": {
    kind: "targeted",
    fields: (w) => [
      ["qualificationId", w.qualificationId],
      ["validUntil", "2099-01-01"],
    ],
  },
  "app/(admin)/admin/certifications/actions.ts#verifySingleParentAction": {
    kind: "targeted",
    fields: (w) => [
      ["verificationId", w.singleParentId],
      ["document", "family_register"],
      ["validUntil", "2099-01-01"],
    ],
  },
  "app/(admin)/admin/certifications/actions.ts#rejectAtDeskAction": {
    kind: "targeted",
    fields: (w) => [
      ["subject", "qualification"],
      ["id", w.qualificationId],
      ["reason", "却下"],
    ],
  },
  "app/(member)/profile/actions.ts#applyCertificationAction": { kind: "own", fields: () => [["identityDocument", "passport"]] },
  "app/(member)/profile/actions.ts#submitQualificationAction": {
    kind: "own",
    fields: () => [
      ["kind", "nurse"],
      ["certificateNumber", "看-1"],
    ],
  },
  "app/(member)/profile/actions.ts#askSingleParentAction": { kind: "own", fields: () => [["document", "other"]] },
  "app/(member)/connections/actions.ts#blockMemberAction": { kind: "own", fields: (w) => [["userId", w.helper.id]] },
  "app/(member)/connections/actions.ts#confirmMetAction": { kind: "targeted", fields: (w) => [["userId", w.parent.id]] },
  "app/(member)/connections/actions.ts#requestByLinkAction": { kind: "own", fields: (w) => [["token", w.personalToken]] },
  "app/(member)/connections/actions.ts#sendRequestAction": { kind: "own", fields: (w) => [["userId", w.parent.id]] },
  "app/(member)/connections/actions.ts#rotateLinkAction": { kind: "own", fields: () => [] },
  "app/(member)/connections/actions.ts#removeConnectionAction": { kind: "own", fields: (w) => [["userId", w.parent.id]] },
  "app/(member)/connections/actions.ts#connectInPersonAction": {
    kind: "targeted",
    fields: (w) => [
      ["token", w.personalToken],
      ["code", "0000000000"],
    ],
  },
  "app/(member)/connections/actions.ts#unblockMemberAction": { kind: "own", fields: (w) => [["userId", w.parent.id]] },
  "app/(member)/connections/actions.ts#cancelRequestAction": { kind: "targeted", fields: (w) => [["requestId", w.connectionRequestId]] },
  "app/(member)/connections/actions.ts#verifyDigitsAction": {
    kind: "targeted",
    fields: (w) => [
      ["requestId", w.connectionRequestId],
      ["digits", w.helper.phone.slice(-4)],
    ],
  },
  "app/(member)/children/actions.ts#removeChildAction": { kind: "targeted", fields: (w) => [["id", w.childId]] },
  "app/(member)/children/actions.ts#createChildAction": { kind: "own", fields: () => [["name", "x"]] },
  "app/(member)/children/actions.ts#updateChildAction": {
    kind: "targeted",
    fields: (w) => [
      ["id", w.childId],
      ["name", "書き換え"],
      ["nameKana", "かきかえ"],
      ["birthDate", "2022-01-01"],
    ],
  },
  "app/(member)/groups/actions.ts#joinGroupAction": { kind: "own", fields: () => [["token", "no-such-invite"]] },
  "app/(member)/groups/actions.ts#rotateInviteAction": { kind: "targeted", fields: (w) => [["groupId", w.groupId]] },
  "app/(member)/groups/actions.ts#leaveGroupAction": { kind: "own", fields: (w) => [["groupId", w.groupId]] },
  "app/(member)/groups/actions.ts#createGroupAction": { kind: "own", fields: () => [["name", ""]] },
  "app/(public)/meetups/actions.ts#rsvpAction": {
    kind: "own",
    fields: (w) => [
      ["meetupId", w.meetupId],
      ["adults", "1"],
      ["children", "0"],
    ],
  },
  "app/(public)/meetups/actions.ts#cancelRsvpAction": { kind: "own", fields: (w) => [["meetupId", w.meetupId]] },
  // Pays for the caller's own held seat only: an outsider holds none.
  "app/(public)/meetups/actions.ts#payForSeatAction": { kind: "own", fields: (w) => [["meetupId", w.meetupId]] },
  "app/(admin)/admin/payments/actions.ts#refundPaymentAction": {
    kind: "targeted",
    fields: (w) => [
      ["kind", "care"],
      ["paymentId", w.requestId],
    ],
  },
  "app/(organiser)/meetups/actions.ts#createMeetupAction": { kind: "own", fields: () => [["title", "x"]] },
  "app/(organiser)/meetups/actions.ts#editMeetupAction": {
    kind: "targeted",
    fields: (w) => [
      ["meetupId", w.meetupId],
      ["scope", "one"],
      ["title", "書き換え"],
      ["venueName", "別会場"],
      ["venueAddress", "別住所"],
      ["date", new Date(Date.now() + 96 * 3600_000).toISOString().slice(0, 10)],
      ["startTime", "10:00"],
      ["endTime", "11:00"],
      ["capacityAdults", "1"],
      ["capacityChildren", "0"],
      ["ageMin", "0"],
      ["ageMax", "12"],
      ["fee", "free"],
    ],
  },
  "app/(organiser)/meetups/actions.ts#cancelMeetupAction": {
    kind: "targeted",
    fields: (w) => [
      ["meetupId", w.meetupId],
      ["scope", "one"],
      ["reason", "乗っ取り"],
    ],
  },
  "app/(member)/calendar/actions.ts#rotateCalendarFeedAction": { kind: "own", fields: () => [] },
  // The caller's own devices only (a device is found by its endpoint within the caller's own).
  // The caller's own notification choices only.
  "app/(member)/settings/notifications/actions.ts#savePreferencesAction": {
    kind: "own",
    fields: () => [
      ["on[]", "requests.email"],
      ["quiet", "default"],
    ],
  },
  "app/(member)/settings/notifications/actions.ts#subscribePushAction": {
    kind: "own",
    fields: () => [
      ["endpoint", "https://push.example/outsider"],
      ["p256dh", Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 9)]).toString("base64url")],
      ["auth", Buffer.alloc(16, 9).toString("base64url")],
    ],
  },
  "app/(member)/settings/notifications/actions.ts#unsubscribePushAction": {
    kind: "own",
    fields: () => [["endpoint", "https://push.example/x"]],
  },
  "app/(member)/settings/notifications/actions.ts#linkLineAction": { kind: "own", shape: "form", fields: () => [] },
  "app/(member)/notifications/page.tsx#$$RSC_SERVER_ACTION_0": { kind: "own", shape: "form", fields: (w) => [["id", w.requestId]] },
  "app/(member)/notifications/actions.ts#openNotificationAction": { kind: "own", fields: (w) => [["id", w.requestId]] },
  "app/(member)/notifications/actions.ts#markAllReadAction": { kind: "own", fields: () => [] },
  "app/(member)/requests/[id]/_after/actions.ts#disputeAction": { kind: "targeted", fields: (w) => care(w, ["reason", "異議"]) },
  "app/(member)/requests/[id]/_after/actions.ts#confirmAction": {
    kind: "targeted",
    fields: (w) => care(w, ["reportedAt", new Date().toISOString()]),
  },
  "app/(member)/requests/[id]/_after/actions.ts#handOverAction": { kind: "targeted", fields: (w) => care(w) },
  "app/(member)/requests/[id]/_after/actions.ts#payCardAction": { kind: "targeted", fields: (w) => care(w, ["amountYen", "1"]) },
  // A supporter's own Stripe account only: nothing of the parent's changes.
  "app/(member)/profile/payments/actions.ts#connectStripeAction": { kind: "own", fields: () => [] },
  "app/(member)/requests/[id]/_after/actions.ts#thankAction": { kind: "targeted", fields: (w) => care(w, ["message", "ありがとう"]) },
  "app/(member)/requests/[id]/_after/actions.ts#withdrawTimeAction": {
    kind: "targeted",
    fields: (w) => care(w, ["changeId", w.requestId]),
  },
  "app/(member)/requests/[id]/_after/actions.ts#noShowAction": { kind: "targeted", fields: (w) => care(w) },
  "app/(member)/requests/[id]/_after/actions.ts#reportAction": { kind: "targeted", fields: (w) => care(w) },
  "app/(member)/requests/[id]/_after/actions.ts#answerTimeAction": { kind: "targeted", fields: (w) => care(w, ["changeId", w.requestId]) },
  "app/(member)/requests/[id]/_after/actions.ts#cancelAction": { kind: "targeted", fields: (w) => care(w, ["reason", "取り消し"]) },
  "app/(member)/requests/[id]/_after/actions.ts#surveyAction": { kind: "targeted", fields: (w) => care(w) },
  "app/(member)/requests/[id]/_after/actions.ts#proposeTimeAction": { kind: "targeted", fields: (w) => care(w) },
  "app/(member)/requests/[id]/_during/actions.ts#reportIncidentAction": {
    kind: "targeted",
    fields: (w) => care(w, ["severity", "minor"], ["description", "なにか"]),
  },
  "app/(member)/requests/[id]/_during/actions.ts#logNapCheckAction": { kind: "targeted", fields: (w) => care(w) },
  "app/(member)/requests/actions.ts#answerRequestAction": { kind: "targeted", fields: (w) => care(w, ["response", "ok"]) },
  "app/(member)/requests/actions.ts#chooseHelperAction": { kind: "targeted", fields: (w) => care(w, ["helperId", w.helper.id]) },
  "app/(member)/requests/actions.ts#postRequestAction": { kind: "own", fields: (w) => [["childIds", w.childId]] },
  "app/(member)/requests/actions.ts#withdrawRequestAction": { kind: "targeted", fields: (w) => care(w) },
  "app/(organiser)/check-in-actions.ts#checkInTicketAction": {
    kind: "targeted",
    fields: (w) => [
      ["meetupId", w.attendedMeetupId],
      ["ticket", w.ticket],
    ],
  },
  "app/(organiser)/check-in-actions.ts#checkInRsvpAction": {
    kind: "targeted",
    fields: (w) => [
      ["meetupId", w.attendedMeetupId],
      ["rsvpId", w.helperSeatId],
    ],
  },
  "app/(organiser)/check-in-actions.ts#addWalkInAction": {
    kind: "targeted",
    fields: (w) => [
      ["meetupId", w.attendedMeetupId],
      ["memberId", w.callers.stranger.id],
      ["adults", "1"],
      ["children", "0"],
    ],
  },
  "app/(member)/meetups/people-actions.ts#askToConnectAction": {
    kind: "targeted",
    fields: (w) => [
      ["meetupId", w.attendedMeetupId],
      ["userId", w.parent.id],
    ],
  },
  "app/(member)/meetups/people-actions.ts#answerMetRequestAction": {
    kind: "targeted",
    fields: (w) => [
      ["requestId", w.metRequestId],
      ["answer", "accept"],
    ],
  },
};

const routePatterns = () => Object.keys(JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>);
const buildActions = () => {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, v]) => ({ id, key: `${v.filename}#${v.exportedName}` }));
};

test("the tables cover every route and every server action of the build", () => {
  expect(routePatterns().filter((r) => !(r in ROUTES))).toEqual([]);
  expect(
    buildActions()
      .filter((a) => !(a.key in ACTIONS))
      .map((a) => a.key),
  ).toEqual([]);
});

/** The caller's identity, or null when signed out; "owner" is the parent, "admin" the demo town's admin. */
function who(w: OutsiderWorld, caller: Caller | "owner" | "admin") {
  if (caller === "signedOut") return null;
  return caller === "owner" ? w.parent : caller === "admin" ? w.admin : w.callers[caller];
}

test("no outsider reaches the parent's things through any page or API route, and no GET changes the database", async ({ db }) => {
  const w = await outsiderWorld(db);
  const routes = routePatterns().filter((r) => ROUTES[r]!.kind !== "internal");
  // The owner and an admin (who may open everything) only show that their GETs change nothing either.
  const callers = [...CALLERS, "owner", "admin"] as const;
  console.log(`outsider sweep: ${routes.length} routes × ${callers.length} callers = ${routes.length * callers.length} GETs`);
  const writes = await watchWrites(db);
  const problems: string[] = [];
  for (const caller of callers) {
    const context = await callerContext(who(w, caller));
    for (const pattern of routes) {
      const { kind, path } = ROUTES[pattern]!;
      const url = path(w);
      await writes.since();
      const response = await context.get(url, { maxRedirects: 0, failOnStatusCode: false });
      const body = await response.text();
      const changed = await writes.since();
      if (changed.length) problems.push(`${caller} GET ${url} changed ${changed.join(", ")}`);
      if (caller === "owner" || caller === "admin") continue;
      const status = response.status();
      const location = response.headers().location ?? "";
      // Signed-in callers may see a group's name through its invite link: that is what the link is for.
      const secrets = kind === "link" ? w.secrets.filter((s) => !s.startsWith("秘密の会")) : w.secrets;
      const leaked = secrets.filter((s) => body.includes(s) || location.includes(s));
      if (leaked.length) problems.push(`${caller} GET ${url} shows ${leaked.join(", ")}`);
      if (status >= 500) problems.push(`${caller} GET ${url} answered ${status}`);
      const toSignIn = (status >= 300 && status < 400 && /\/signin/.test(location)) || /NEXT_REDIRECT;[^;]*;\/signin/.test(body);
      const notFound = status === 404 || status === 401;
      if (kind === "webhook") {
        if (status !== 405) problems.push(`${caller} GET ${url} answered ${status} instead of 405`);
        continue;
      }
      if (caller === "signedOut") {
        if (kind !== "public" && kind !== "link" && !toSignIn && !notFound)
          problems.push(`signedOut GET ${url} answered ${status} ${location}`);
        if (kind === "link" && !toSignIn && !notFound) problems.push(`signedOut GET ${url} answered ${status} ${location}`);
      } else if (
        (kind === "private" || kind === "admin" || (kind === "neighbour" && (caller === "blocked" || caller === "otherStaff"))) &&
        !notFound
      ) {
        problems.push(`${caller} GET ${url} answered ${status} ${location} instead of not found`);
      }
      // A signed-in member is sent on from the sign-in page; everything else public simply answers.
      const sentOn = caller !== "signedOut" && status >= 300 && status < 400;
      if (kind === "public" && status !== 200 && !sentOn) problems.push(`${caller} GET ${url} answered ${status}`);
    }
    await context.dispose();
  }
  expect(problems).toEqual([]);
  // The log does see a change of one row, and not an update that leaves the row as it was.
  await writes.since();
  const [helper] = await db.select().from(members).where(eq(members.userId, w.helper.id));
  await db.update(members).set({ displayName: helper!.displayName }).where(eq(members.userId, w.helper.id));
  expect(await writes.since()).toEqual([]);
  await db
    .update(members)
    .set({ displayName: `${w.tag}後` })
    .where(eq(members.userId, w.helper.id));
  expect(await writes.since()).toEqual(["members"]);
});

test("no outsider changes or reads the parent's things through any server action", async ({ db }) => {
  const w = await outsiderWorld(db);
  const actions = buildActions();
  console.log(`outsider sweep: ${actions.length} actions × ${CALLERS.length} callers = ${actions.length * CALLERS.length} calls`);
  const origin = test.info().project.use.baseURL as string;
  const writes = await watchWrites(db);
  const theirs = async () => {
    // The tables where the parent's things live; the callers' own rows move with their own actions.
    const parentRows = await db
      .select()
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(eq(members.userId, w.parent.id));
    // Nor does anyone's action text the parent's phone.
    const texts = await db.select({ id: smsOutbox.id }).from(smsOutbox).where(eq(smsOutbox.to, w.parent.phone));
    return JSON.stringify({ parentRows, texts });
  };
  const watched = [
    "care_requests",
    "care_recipients",
    "children",
    "groups",
    "group_members",
    "incidents",
    "care_reports",
    "connection_tokens",
    "organiser_applications",
    "qualifications",
    "single_parent_verifications",
    "meetups",
    "meetup_rsvps",
    "meetup_connection_requests",
    "reports",
    "blocked_phones",
  ];
  const problems: string[] = [];
  for (const caller of CALLERS) {
    for (const { id, key } of actions) {
      const { kind, fields, shape } = ACTIONS[key]!;
      const context = await callerContext(who(w, caller));
      const before = await theirs();
      await writes.since();
      const response = await postActionById(context, id, fields(w), { origin, path: "/home", shape });
      const written = await writes.since();
      const after = await theirs();
      await context.dispose();
      const leaked = w.secrets.filter((s) => response.body.includes(s));
      if (leaked.length) problems.push(`${caller} ${key} answered with ${leaked.join(", ")}`);
      if (response.status >= 500) problems.push(`${caller} ${key} answered ${response.status}`);
      if (kind === "targeted" && response.result?.ok === true) problems.push(`${caller} ${key} succeeded`);
      if (after !== before) problems.push(`${caller} ${key} changed the parent's profile`);
      if (kind !== "own" || caller === "signedOut") {
        const changed = watched.filter((t) => written.includes(t));
        if (changed.length) problems.push(`${caller} ${key} changed ${changed.join(", ")}`);
      } else {
        // An own action may write the caller's rows, but never the parent's care, child, group or incident.
        const changed = ["care_requests", "children", "incidents", "care_reports"].filter((t) => written.includes(t));
        if (changed.length) problems.push(`${caller} ${key} changed ${changed.join(", ")}`);
      }
    }
  }
  expect(problems).toEqual([]);
  // The same call from the owner goes through: the refusals above are the app's, not the channel's.
  const owner = await callerContext(w.parent);
  await writes.since();
  const own = await postActionById(
    owner,
    actionIdOf("app/(member)/groups/actions.ts#rotateInviteAction"),
    ACTIONS["app/(member)/groups/actions.ts#rotateInviteAction"]!.fields(w),
    { origin, path: "/home" },
  );
  await owner.dispose();
  expect(own.result?.ok).toBe(true);
  expect(await writes.since()).toContain("groups");
});

const actionIdOf = (key: string) => buildActions().find((a) => a.key === key)!.id;
