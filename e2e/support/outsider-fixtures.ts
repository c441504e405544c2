import { type APIRequestContext, request } from "@playwright/test";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { deleteConnection, insertConnection, personalToken } from "@/db/queries/connections";
import {
  blocks,
  calendarFeeds,
  careReports,
  connectionRequests,
  deskMessages,
  deskThreads,
  groupMembers,
  groups,
  incidents,
  meetupConnectionRequests,
  meetupRsvps,
  meetups,
  members,
  municipalityStaff,
  organiserApplications,
  privacyExports,
  qualifications,
  reports,
  singleParentVerifications,
} from "@/db/schema";
import { createChild } from "@/lib/children/workflows/save-child";
import { keyring } from "@/lib/crypto/sealed";
import { hashFeedToken } from "@/lib/meetups/feed-token";
import { insertCare } from "@/test/care-insert";
import { insertMeetup, insertRsvp } from "@/test/meetups";
import { newMember } from "@/test/members";
import { e2eSettings } from "../settings";
import { childWithDetails } from "./care-during-fixtures";
import { SESSION_COOKIE, sealSession, userByEmail } from "./session";
import { uniqueTag } from "./tag";

type Db = DbHandle["db"];
const HOUR = 60 * 60 * 1000;

export const CALLERS = ["signedOut", "stranger", "former", "blocked", "otherStaff"] as const;
export type Caller = (typeof CALLERS)[number];

/** What a fixture parent owns, and the outsiders around it; every private string is unique to this run. */
export type OutsiderWorld = Awaited<ReturnType<typeof outsiderWorld>>;

/**
 * A parent with a child (with health details), a care request sent to two members who later
 * became a former connection and a blocked member, a group, a pending connection request, and a
 * disputed care with an incident; plus a stranger and a staff member of another municipality.
 */
export async function outsiderWorld(db: Db) {
  const tag = uniqueTag();
  const person = (name: string, town?: string) => newMember(db, { name: `${name}${tag}`, kana: "そと", town });
  const parent = await person("外検 親");
  const helper = await person("外検 助");
  const former = await person("外検 元");
  const blocked = await person("外検 塞");
  const stranger = await person("外検 他");
  const otherStaff = await person("外検 職", "あおば町");
  await db
    .update(members)
    .set({ capabilities: ["staff"] })
    .where(eq(members.userId, otherStaff.id));
  // Staff of あおば町 (their own town's statistics), never of the parent's town.
  const [staffTown] = await db.select({ id: members.municipalityId }).from(members).where(eq(members.userId, otherStaff.id));
  await db.insert(municipalityStaff).values({ userId: otherStaff.id, municipalityId: staffTown!.id }).onConflictDoNothing();
  const [parentTown] = await db.select({ id: members.municipalityId }).from(members).where(eq(members.userId, parent.id));
  const now = new Date();
  for (const friend of [helper, former, blocked]) await insertConnection(db, parent.id, friend.id, "in_person", now, true);

  const childName = `秘密の子${tag}`;
  const childId = await createChild(db, parent.id, childWithDetails(childName, 3), keyring(e2eSettings().encryptionKey), now);
  const startAt = new Date(Date.now() + 30 * HOUR);
  const requestId = await insertCare(db, {
    parentId: parent.id,
    childIds: [childId],
    startAt,
    endAt: new Date(startAt.getTime() + 2 * HOUR),
    recipients: [helper.id, former.id, blocked.id],
  });
  // Asked, then the connection ended: one removed, one blocked (as blockMember leaves it).
  await deleteConnection(db, parent.id, former.id);
  await deleteConnection(db, parent.id, blocked.id);
  await db.insert(blocks).values({ blockerId: parent.id, blockedId: blocked.id });

  // A finished, disputed care with an incident, for the admin desk.
  const pastStart = new Date(Date.now() - 30 * HOUR);
  const disputedId = await insertCare(db, {
    parentId: parent.id,
    childIds: [childId],
    startAt: pastStart,
    endAt: new Date(pastStart.getTime() + 2 * HOUR),
    helperId: helper.id,
    recipients: [],
    state: "disputed",
  });
  const disputeReason = `秘密の異議${tag}`;
  await db.insert(careReports).values({
    requestId: disputedId,
    actualStartAt: pastStart,
    actualEndAt: new Date(pastStart.getTime() + 2 * HOUR),
    disputedAt: now,
    disputeReason,
  });
  const incidentText = `秘密の事故${tag}`;
  const [incident] = await db
    .insert(incidents)
    .values({
      requestId: disputedId,
      reportedBy: helper.id,
      severity: "minor",
      description: incidentText,
      occurredAt: pastStart,
      careRecord: {},
    })
    .returning({ id: incidents.id });

  const groupName = `秘密の会${tag}`;
  const [group] = await db
    .insert(groups)
    .values({ name: groupName, kind: "neighbourhood", createdBy: parent.id, inviteToken: `inv${tag}${Date.now()}` })
    .returning();
  await db.insert(groupMembers).values({ groupId: group!.id, userId: parent.id, role: "owner" });

  // The parent, a certified organiser, holds a meetup the helper signed up for; the parent's
  // calendar URL was rotated, so the old one opens nothing.
  await db.update(members).set({ organiserCertifiedUntil: "2099-12-31" }).where(eq(members.userId, parent.id));
  const meetupStart = new Date(Date.now() + 72 * HOUR);
  const [meetup] = await db
    .insert(meetups)
    .values({
      organiserId: parent.id,
      municipalityId: (await db.select().from(members).where(eq(members.userId, parent.id)))[0]!.municipalityId,
      title: `外検の会${tag}`,
      venueName: "公民館",
      venueAddress: "みどり市本町1-1",
      startsAt: meetupStart,
      endsAt: new Date(meetupStart.getTime() + 2 * HOUR),
      capacityAdults: 10,
      capacityChildren: 10,
    })
    .returning({ id: meetups.id });
  const ticketToken = `秘密の券${tag}`;
  await db
    .insert(meetupRsvps)
    .values({ meetupId: meetup!.id, memberId: helper.id, adults: 1, children: 1, status: "confirmed", ticketToken });
  const oldFeedToken = `oldfeed${tag}${Date.now()}`;
  await db.insert(calendarFeeds).values({ userId: parent.id, tokenHash: hashFeedToken(`${oldFeedToken}-current`) });

  const [connectionRequest] = await db
    .insert(connectionRequests)
    .values({ fromUser: parent.id, toUser: helper.id })
    .returning({ id: connectionRequests.id });

  // The parent's requests at the certification desk: an application, a qualification (its number is private) and a single-parent check.
  const certificateNumber = `秘密番号${tag}`;
  const [application] = await db
    .insert(organiserApplications)
    .values({ userId: parent.id, identityDocument: "passport", training: [] })
    .returning({ id: organiserApplications.id });
  const [qualification] = await db
    .insert(qualifications)
    .values({ userId: parent.id, kind: "nurse", certificateNumber })
    .returning({ id: qualifications.id });
  const [singleParent] = await db
    .insert(singleParentVerifications)
    .values({ userId: parent.id, document: "family_register" })
    .returning({ id: singleParentVerifications.id });

  // A meetup the parent organises, where the parent and the helper checked in and the helper asked to
  // connect. Its title is no secret (/meetups lists it, signed out too); who came, and their tickets, are.
  const attended = await insertMeetup(db, parent.id, { title: `親子ひろば${tag}` });
  const parentSeat = await insertRsvp(db, attended.id, parent.id, { checkedInAt: now, checkedInBy: parent.id });
  const helperSeat = await insertRsvp(db, attended.id, helper.id, { checkedInAt: now, checkedInBy: parent.id });
  const [metRequest] = await db
    .insert(meetupConnectionRequests)
    .values({ meetupId: attended.id, fromUser: helper.id, toUser: parent.id })
    .returning({ id: meetupConnectionRequests.id });

  // The parent's report of the helper and their question to the consultation desk: for admins,
  // and the desk's page shows each member only their own threads.
  const reportText = `秘密の通報${tag}`;
  const [report] = await db
    .insert(reports)
    .values({ reporterId: parent.id, reportedId: helper.id, target: "member", category: "other", text: reportText, respondBy: now })
    .returning({ id: reports.id });
  const deskText = `秘密の相談${tag}`;
  const [thread] = await db.insert(deskThreads).values({ userId: parent.id, category: "other" }).returning({ id: deskThreads.id });
  await db.insert(deskMessages).values({ threadId: thread!.id, fromDesk: false, body: deskText });
  // The parent's data export, ready to download: theirs only.
  const [dataExport] = await db
    .insert(privacyExports)
    .values({
      userId: parent.id,
      status: "ready",
      requestedAt: now,
      readyAt: now,
      expiresAt: new Date(Date.now() + 24 * HOUR),
      zip: Buffer.from(`秘密の書き出し${tag}`),
    })
    .returning({ id: privacyExports.id });

  return {
    tag,
    parent,
    admin: await userByEmail(db, "fujita.satomi@example.com"),
    helper,
    callers: { stranger, former, blocked, otherStaff },
    /** The parent's municipality: its statistics are for its own staff only. */
    municipalityId: parentTown!.id,
    childId,
    requestId,
    disputedId,
    incidentId: incident!.id,
    groupId: group!.id,
    groupToken: group!.inviteToken,
    connectionRequestId: connectionRequest!.id,
    applicationId: application!.id,
    qualificationId: qualification!.id,
    singleParentId: singleParent!.id,
    personalToken: await personalToken(db, parent.id),
    meetupId: meetup!.id,
    oldFeedToken,
    attendedMeetupId: attended.id,
    ticket: parentSeat.ticketToken,
    helperSeatId: helperSeat.id,
    metRequestId: metRequest!.id,
    reportId: report!.id,
    deskThreadId: thread!.id,
    exportId: dataExport!.id,
    /** Strings only the parent's side may ever see. */
    secrets: [
      childName,
      disputeReason,
      incidentText,
      groupName,
      parent.phone,
      certificateNumber,
      ticketToken,
      parentSeat.ticketToken,
      reportText,
      deskText,
    ],
  };
}

/** A request context signed in as `user` (the session cookie Auth.js would set), or signed out. */
export async function callerContext(user: { id: string; email: string } | null): Promise<APIRequestContext> {
  const s = e2eSettings("sweep");
  if (!user) return request.newContext({ baseURL: s.baseURL });
  const value = await sealSession({ ...user, name: null });
  return request.newContext({
    baseURL: s.baseURL,
    storageState: {
      cookies: [
        { name: SESSION_COOKIE, value, domain: "localhost", path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" },
      ],
      origins: [],
    },
  });
}
