import { randomBytes } from "node:crypto";
import { and, asc, eq, gt, gte, inArray, lte, ne, or } from "drizzle-orm";
import { MATCHED_OR_LATER } from "@/lib/care/states";
import type { LiveRsvp } from "@/lib/meetups/capacity";
import type { Db } from "../client";
import { calendarFeeds, careRequests, meetupRsvps, meetupSeries, meetups, members, municipalities } from "../schema";

export type MeetupRow = typeof meetups.$inferSelect;
type NewMeetupRow = typeof meetups.$inferInsert;
export type MeetupFields = Omit<NewMeetupRow, "id" | "organiserId" | "municipalityId" | "seriesId" | "status" | "createdAt">;

export async function insertSeries(
  db: Db,
  s: { organiserId: string; frequency: "weekly" | "monthly"; until: string; createdAt: Date },
): Promise<string> {
  const [row] = await db.insert(meetupSeries).values(s).returning({ id: meetupSeries.id });
  return row!.id;
}

export async function insertMeetups(db: Db, rows: NewMeetupRow[]): Promise<string[]> {
  const inserted = await db.insert(meetups).values(rows).returning({ id: meetups.id, startsAt: meetups.startsAt });
  return inserted.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).map((r) => r.id);
}

/** The meetup row, locked: capacity decisions on one meetup happen one at a time. */
export async function lockMeetup(tx: Db, meetupId: string): Promise<MeetupRow | null> {
  const [row] = await tx.select().from(meetups).where(eq(meetups.id, meetupId)).for("update");
  return row ?? null;
}

/** The meetup if `organiserId` organises it, locked; anyone else gets nothing. */
export async function lockOrganisedMeetup(tx: Db, meetupId: string, organiserId: string): Promise<MeetupRow | null> {
  const [row] = await tx
    .select()
    .from(meetups)
    .where(and(eq(meetups.id, meetupId), eq(meetups.organiserId, organiserId)))
    .for("update");
  return row ?? null;
}

/** The occurrences of a series from `from` on (inclusive), locked, in date order. */
export async function lockSeriesFrom(tx: Db, seriesId: string, from: Date): Promise<MeetupRow[]> {
  return tx
    .select()
    .from(meetups)
    .where(and(eq(meetups.seriesId, seriesId), gte(meetups.startsAt, from)))
    .orderBy(asc(meetups.startsAt))
    .for("update");
}

export async function updateMeetup(tx: Db, meetupId: string, fields: Partial<MeetupFields>): Promise<void> {
  await tx.update(meetups).set(fields).where(eq(meetups.id, meetupId));
}

export async function markMeetupCancelled(tx: Db, meetupId: string, reason: string, now: Date): Promise<void> {
  await tx
    .update(meetups)
    .set({ status: "cancelled", cancelledAt: now, cancelReason: reason, updatedAt: now })
    .where(eq(meetups.id, meetupId));
}

/** Confirmed, held and waitlisted RSVPs of a meetup, in arrival order. */
export async function liveRsvps(tx: Db, meetupId: string): Promise<(LiveRsvp & { memberId: string; holdUntil: Date | null })[]> {
  const rows = await tx
    .select({
      id: meetupRsvps.id,
      memberId: meetupRsvps.memberId,
      status: meetupRsvps.status,
      holdUntil: meetupRsvps.holdUntil,
      adults: meetupRsvps.adults,
      children: meetupRsvps.children,
      seq: meetupRsvps.seq,
    })
    .from(meetupRsvps)
    .where(and(eq(meetupRsvps.meetupId, meetupId), ne(meetupRsvps.status, "cancelled")))
    .orderBy(asc(meetupRsvps.seq));
  return rows.map((r) => ({ ...r, status: r.status as LiveRsvp["status"], seq: r.seq ?? 0 }));
}

/** A new ticket's secret: unguessable, and short enough for a QR code a phone reads at arm's length. */
export const newTicketToken = () => randomBytes(24).toString("base64url");

/** A seat or a place on the waitlist, with a fresh unguessable ticket; returns its id. */
export async function insertRsvp(
  tx: Db,
  r: {
    meetupId: string;
    memberId: string;
    adults: number;
    children: number;
    status: "confirmed" | "waitlisted" | "held";
    holdUntil?: Date | null;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await tx
    .insert(meetupRsvps)
    .values({ ...r, ticketToken: newTicketToken() })
    .returning({ id: meetupRsvps.id });
  return row!.id;
}

export async function cancelRsvpRow(tx: Db, rsvpId: string, now: Date): Promise<void> {
  await tx.update(meetupRsvps).set({ status: "cancelled", cancelledAt: now, holdUntil: null }).where(eq(meetupRsvps.id, rsvpId));
}

/** Waitlisted RSVPs given a seat: confirmed, or (a paid meetup) held until the deadline to pay. */
export async function promoteRsvps(tx: Db, rsvpIds: string[], now: Date, holdUntil: Date | null = null): Promise<void> {
  if (rsvpIds.length === 0) return;
  await tx
    .update(meetupRsvps)
    .set({ status: holdUntil ? "held" : "confirmed", holdUntil, promotedAt: now })
    .where(inArray(meetupRsvps.id, rsvpIds));
}

/** A held seat whose fee was paid becomes the member's. */
export async function confirmHeldRsvp(tx: Db, rsvpId: string): Promise<void> {
  await tx.update(meetupRsvps).set({ status: "confirmed", holdUntil: null }).where(eq(meetupRsvps.id, rsvpId));
}

/** The RSVP row, locked (lock its meetup first: the order every writer keeps). */
export async function lockRsvp(tx: Db, rsvpId: string) {
  const [row] = await tx.select().from(meetupRsvps).where(eq(meetupRsvps.id, rsvpId)).for("update");
  return row ?? null;
}

export async function rsvpMeetupId(db: Db, rsvpId: string): Promise<string | null> {
  const [row] = await db.select({ meetupId: meetupRsvps.meetupId }).from(meetupRsvps).where(eq(meetupRsvps.id, rsvpId));
  return row?.meetupId ?? null;
}

/** Held seats whose time ran out (at any meetup), oldest first: the runner frees them. */
export async function lapsedHolds(db: Db, now: Date, limit = 100) {
  return db
    .select({ id: meetupRsvps.id, meetupId: meetupRsvps.meetupId })
    .from(meetupRsvps)
    .where(and(eq(meetupRsvps.status, "held"), lte(meetupRsvps.holdUntil, now)))
    .orderBy(asc(meetupRsvps.holdUntil))
    .limit(limit);
}

/** The member's live RSVP at a meetup (seat or waitlist), if any. */
export async function myRsvp(db: Db, meetupId: string, memberId: string) {
  const [row] = await db
    .select({
      id: meetupRsvps.id,
      status: meetupRsvps.status,
      holdUntil: meetupRsvps.holdUntil,
      adults: meetupRsvps.adults,
      children: meetupRsvps.children,
      seq: meetupRsvps.seq,
    })
    .from(meetupRsvps)
    .where(and(eq(meetupRsvps.meetupId, meetupId), eq(meetupRsvps.memberId, memberId), ne(meetupRsvps.status, "cancelled")));
  return row ?? null;
}

// What anyone may read about a meetup: never who comes, never the organiser's phone.
const publicColumns = {
  id: meetups.id,
  seriesId: meetups.seriesId,
  organiserId: meetups.organiserId,
  organiserName: members.displayName,
  municipalityId: meetups.municipalityId,
  municipalityJa: municipalities.nameJa,
  municipalityEn: municipalities.nameEn,
  title: meetups.title,
  description: meetups.description,
  venueName: meetups.venueName,
  venueAddress: meetups.venueAddress,
  mapUrl: meetups.mapUrl,
  startsAt: meetups.startsAt,
  endsAt: meetups.endsAt,
  capacityAdults: meetups.capacityAdults,
  capacityChildren: meetups.capacityChildren,
  ageMin: meetups.ageMin,
  ageMax: meetups.ageMax,
  feeYen: meetups.feeYen,
  status: meetups.status,
  cancelReason: meetups.cancelReason,
};
export type PublicMeetup = Awaited<ReturnType<typeof findPublicMeetup>> & {};

const publicMeetups = (db: Db) =>
  db
    .select(publicColumns)
    .from(meetups)
    .innerJoin(members, eq(members.userId, meetups.organiserId))
    .innerJoin(municipalities, eq(municipalities.id, meetups.municipalityId));

/** Scheduled meetups that have not ended, soonest first; in one municipality when given. */
export async function listUpcomingMeetups(db: Db, o: { now: Date; municipalityId?: string | null; limit?: number }) {
  const where = [eq(meetups.status, "scheduled"), gt(meetups.endsAt, o.now)];
  if (o.municipalityId) where.push(eq(meetups.municipalityId, o.municipalityId));
  return publicMeetups(db)
    .where(and(...where))
    .orderBy(asc(meetups.startsAt))
    .limit(o.limit ?? 100);
}

export async function findPublicMeetup(db: Db, meetupId: string) {
  const [row] = await publicMeetups(db).where(eq(meetups.id, meetupId));
  return row ?? null;
}

/** The meetup if `organiserId` organises it; anyone else gets nothing. */
export async function findOrganisedMeetup(db: Db, meetupId: string, organiserId: string): Promise<MeetupRow | null> {
  const [row] = await db
    .select()
    .from(meetups)
    .where(and(eq(meetups.id, meetupId), eq(meetups.organiserId, organiserId)));
  return row ?? null;
}

export async function municipalityNames(db: Db) {
  return db
    .select({ id: municipalities.id, nameJa: municipalities.nameJa, nameEn: municipalities.nameEn })
    .from(municipalities)
    .orderBy(asc(municipalities.code));
}

// ---- Calendar feeds ----

/** Replaces the member's feed secret (by its hash): the previous URL stops working at once. */
export async function setCalendarFeed(tx: Db, userId: string, tokenHash: string, now: Date): Promise<void> {
  await tx
    .insert(calendarFeeds)
    .values({ userId, tokenHash, createdAt: now })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt: now } });
}

export async function calendarFeedOf(db: Db, userId: string) {
  const [row] = await db.select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row ?? null;
}

export async function feedOwner(db: Db, tokenHash: string): Promise<string | null> {
  const [row] = await db.select({ userId: calendarFeeds.userId }).from(calendarFeeds).where(eq(calendarFeeds.tokenHash, tokenHash));
  return row?.userId ?? null;
}

/** The meetups a member comes to (a seat or the waitlist) or organises, from `since` on. */
export async function memberMeetups(db: Db, userId: string, since: Date) {
  const attending = db
    .select({ id: meetupRsvps.meetupId })
    .from(meetupRsvps)
    .where(and(eq(meetupRsvps.memberId, userId), ne(meetupRsvps.status, "cancelled")));
  return db
    .select({
      id: meetups.id,
      title: meetups.title,
      venueName: meetups.venueName,
      venueAddress: meetups.venueAddress,
      startsAt: meetups.startsAt,
      endsAt: meetups.endsAt,
      status: meetups.status,
      updatedAt: meetups.updatedAt,
    })
    .from(meetups)
    .where(and(gte(meetups.endsAt, since), or(eq(meetups.organiserId, userId), inArray(meetups.id, attending))))
    .orderBy(asc(meetups.startsAt));
}

/** Matched cares the member is parent or helper of, from `since` on: times and places, nothing about the children. */
export async function memberMatchedCares(db: Db, userId: string, since: Date) {
  return db
    .select({
      id: careRequests.id,
      kind: careRequests.kind,
      startAt: careRequests.startAt,
      endAt: careRequests.endAt,
      place: careRequests.place,
      placeNote: careRequests.placeNote,
      pickupPlace: careRequests.pickupPlace,
      dropoffPlace: careRequests.dropoffPlace,
    })
    .from(careRequests)
    .where(
      and(
        gte(careRequests.endAt, since),
        inArray(careRequests.state, [...MATCHED_OR_LATER]),
        or(eq(careRequests.parentId, userId), eq(careRequests.helperId, userId)),
      ),
    )
    .orderBy(asc(careRequests.startAt));
}
