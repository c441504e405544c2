import { and, asc, desc, eq, gte, inArray, isNotNull, lt, ne, or, sql } from "drizzle-orm";
import { normaliseName, SEARCH_LIMIT } from "@/lib/connections/search";
import type { Db } from "../client";
import { connections, meetupConnectionRequests, meetupRsvps, meetups, members } from "../schema";
import { type MeetupRow, newTicketToken } from "./meetups";
import { nameContains, notBlockedWith } from "./profiles";

// Check-in, walk-ins, "people I met" and the organiser's figures: reads and writes only. Every read
// that names a meetup is scoped by the caller (its organiser, or an attendee), so a caller who may not
// see it gets nothing.

export type RsvpRow = typeof meetupRsvps.$inferSelect;
export type MetRequestRow = typeof meetupConnectionRequests.$inferSelect;

/** The RSVP a ticket token belongs to, whatever its meetup, locked. */
export async function lockRsvpByTicket(db: Db, token: string): Promise<RsvpRow | null> {
  const [row] = await db.select().from(meetupRsvps).where(eq(meetupRsvps.ticketToken, token)).for("update");
  return row ?? null;
}

/** An RSVP of this meetup by its id, locked. */
export async function lockRsvpAt(db: Db, meetupId: string, rsvpId: string): Promise<RsvpRow | null> {
  const [row] = await db
    .select()
    .from(meetupRsvps)
    .where(and(eq(meetupRsvps.id, rsvpId), eq(meetupRsvps.meetupId, meetupId)))
    .for("update");
  return row ?? null;
}

/** The member's seat or waitlist place at the meetup (not a cancelled one), locked. */
export async function lockLiveRsvp(db: Db, meetupId: string, memberId: string): Promise<RsvpRow | null> {
  const [row] = await db
    .select()
    .from(meetupRsvps)
    .where(and(eq(meetupRsvps.meetupId, meetupId), eq(meetupRsvps.memberId, memberId), ne(meetupRsvps.status, "cancelled")))
    .for("update");
  return row ?? null;
}

/** Checks a seat in; a waitlisted member who walked in takes a confirmed seat as a walk-in. */
export async function markCheckedIn(db: Db, rsvpId: string, by: string, now: Date, o: { walkIn?: boolean } = {}): Promise<void> {
  await db
    .update(meetupRsvps)
    .set({ status: "confirmed", checkedInAt: now, checkedInBy: by, ...(o.walkIn ? { walkIn: true } : {}) })
    .where(eq(meetupRsvps.id, rsvpId));
}

/** A member who came without a seat: a confirmed, checked-in seat with a ticket of its own. */
export async function insertWalkIn(
  db: Db,
  w: { meetupId: string; memberId: string; adults: number; children: number; by: string; now: Date },
): Promise<void> {
  await db.insert(meetupRsvps).values({
    meetupId: w.meetupId,
    memberId: w.memberId,
    adults: w.adults,
    children: w.children,
    status: "confirmed",
    createdAt: w.now,
    ticketToken: newTicketToken(),
    checkedInAt: w.now,
    checkedInBy: w.by,
    walkIn: true,
  });
}

export async function memberName(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ name: members.displayName }).from(members).where(eq(members.userId, userId));
  return row?.name ?? null;
}

/** Everyone with a seat or a waitlist place, seats first, in arrival order: the organiser's list. */
export async function listAttendees(db: Db, meetupId: string) {
  return db
    .select({
      rsvpId: meetupRsvps.id,
      memberId: meetupRsvps.memberId,
      displayName: members.displayName,
      nameKana: members.nameKana,
      adults: meetupRsvps.adults,
      children: meetupRsvps.children,
      status: meetupRsvps.status,
      checkedInAt: meetupRsvps.checkedInAt,
      walkIn: meetupRsvps.walkIn,
    })
    .from(meetupRsvps)
    .innerJoin(members, eq(members.userId, meetupRsvps.memberId))
    .where(and(eq(meetupRsvps.meetupId, meetupId), ne(meetupRsvps.status, "cancelled")))
    .orderBy(asc(meetupRsvps.status), asc(meetupRsvps.seq));
}

/** Members of the meetup's municipality found by name, for a walk-in; never the organiser, a suspended member or a blocked one. */
export async function searchWalkIns(db: Db, organiserId: string, municipalityId: string, query: string) {
  const q = normaliseName(query);
  if (!q) return [];
  return db
    .select({ userId: members.userId, displayName: members.displayName, nameKana: members.nameKana })
    .from(members)
    .where(
      and(
        eq(members.municipalityId, municipalityId),
        ne(members.userId, organiserId),
        eq(members.status, "active"),
        notBlockedWith(db, organiserId, members.userId),
        nameContains(q),
      ),
    )
    .orderBy(asc(members.nameKana))
    .limit(SEARCH_LIMIT);
}

/** The member if they may walk in at a meetup of this municipality: active and living there. */
export async function findWalkInMember(db: Db, memberId: string, municipalityId: string) {
  const [row] = await db
    .select({ userId: members.userId, displayName: members.displayName })
    .from(members)
    .where(and(eq(members.userId, memberId), eq(members.municipalityId, municipalityId), eq(members.status, "active")));
  return row ?? null;
}

/** The member's own live RSVP at the meetup, with the meetup: their ticket. */
export async function findTicket(db: Db, meetupId: string, memberId: string) {
  const [row] = await db
    .select({ rsvp: meetupRsvps, meetup: meetups })
    .from(meetupRsvps)
    .innerJoin(meetups, eq(meetups.id, meetupRsvps.meetupId))
    .where(and(eq(meetupRsvps.meetupId, meetupId), eq(meetupRsvps.memberId, memberId), ne(meetupRsvps.status, "cancelled")));
  return row ?? null;
}

/** The meetup, if the member checked in there. */
export async function findAttendedMeetup(db: Db, meetupId: string, memberId: string): Promise<MeetupRow | null> {
  const [row] = await db
    .select({ meetup: meetups })
    .from(meetupRsvps)
    .innerJoin(meetups, eq(meetups.id, meetupRsvps.meetupId))
    .where(and(eq(meetupRsvps.meetupId, meetupId), eq(meetupRsvps.memberId, memberId), isNotNull(meetupRsvps.checkedInAt)));
  return row?.meetup ?? null;
}

/** Whether the member checked in at the meetup. */
export async function checkedInAt(db: Db, meetupId: string, memberId: string): Promise<boolean> {
  return (await findAttendedMeetup(db, meetupId, memberId)) !== null;
}

/** The other attendees who checked in at the meetup, as the viewer may see them: active, never blocked either way; names only. */
export async function listCheckedInOthers(db: Db, meetupId: string, viewerId: string) {
  return db
    .select({ userId: members.userId, displayName: members.displayName })
    .from(meetupRsvps)
    .innerJoin(members, eq(members.userId, meetupRsvps.memberId))
    .where(
      and(
        eq(meetupRsvps.meetupId, meetupId),
        isNotNull(meetupRsvps.checkedInAt),
        ne(meetupRsvps.memberId, viewerId),
        eq(members.status, "active"),
        notBlockedWith(db, viewerId, members.userId),
      ),
    )
    .orderBy(asc(members.nameKana));
}

/** The viewer's connections among some members (by any proof). */
export async function connectedAmong(db: Db, viewerId: string, others: string[]): Promise<Set<string>> {
  if (others.length === 0) return new Set();
  const rows = await db
    .select({ a: connections.userA, b: connections.userB })
    .from(connections)
    .where(
      or(
        and(eq(connections.userA, viewerId), inArray(connections.userB, others)),
        and(eq(connections.userB, viewerId), inArray(connections.userA, others)),
      ),
    );
  return new Set(rows.map((r) => (r.a === viewerId ? r.b : r.a)));
}

/** "People I met" requests at the meetup that involve the viewer, either way. */
export async function listMetRequests(db: Db, meetupId: string, viewerId: string): Promise<MetRequestRow[]> {
  return db
    .select()
    .from(meetupConnectionRequests)
    .where(
      and(
        eq(meetupConnectionRequests.meetupId, meetupId),
        or(eq(meetupConnectionRequests.fromUser, viewerId), eq(meetupConnectionRequests.toUser, viewerId)),
      ),
    );
}

export async function insertMetRequest(db: Db, meetupId: string, fromUser: string, toUser: string, now: Date): Promise<boolean> {
  const rows = await db
    .insert(meetupConnectionRequests)
    .values({ meetupId, fromUser, toUser, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: meetupConnectionRequests.id });
  return rows.length > 0;
}

/** A pending request addressed to the viewer, locked; anyone else's does not exist for them. */
export async function lockMetRequestTo(db: Db, requestId: string, toUser: string): Promise<MetRequestRow | null> {
  const [row] = await db
    .select()
    .from(meetupConnectionRequests)
    .where(
      and(
        eq(meetupConnectionRequests.id, requestId),
        eq(meetupConnectionRequests.toUser, toUser),
        eq(meetupConnectionRequests.status, "pending"),
      ),
    )
    .for("update");
  return row ?? null;
}

export async function answerMetRequestRow(db: Db, requestId: string, status: "accepted" | "declined", now: Date): Promise<void> {
  await db.update(meetupConnectionRequests).set({ status, answeredAt: now }).where(eq(meetupConnectionRequests.id, requestId));
}

/** The organiser's meetups, newest first, with what the organiser's view counts for each. */
export async function organiserMeetupsWithCounts(db: Db, organiserId: string) {
  const live = sql`${meetupRsvps.status} = 'confirmed'`;
  const rsvpCounts = db
    .select({
      meetupId: meetupRsvps.meetupId,
      confirmed: sql<number>`count(*) filter (where ${live})::int`.as("confirmed"),
      confirmedAdults: sql<number>`coalesce(sum(${meetupRsvps.adults}) filter (where ${live}), 0)::int`.as("confirmed_adults"),
      confirmedChildren: sql<number>`coalesce(sum(${meetupRsvps.children}) filter (where ${live}), 0)::int`.as("confirmed_children"),
      waitlisted: sql<number>`count(*) filter (where ${meetupRsvps.status} = 'waitlisted')::int`.as("waitlisted"),
      checkedIn: sql<number>`count(*) filter (where ${meetupRsvps.checkedInAt} is not null)::int`.as("checked_in"),
      walkIns: sql<number>`count(*) filter (where ${meetupRsvps.walkIn})::int`.as("walk_ins"),
    })
    .from(meetupRsvps)
    .groupBy(meetupRsvps.meetupId)
    .as("rsvp_counts");
  const formed = db
    .select({ meetupId: connections.meetupId, n: sql<number>`count(*)::int`.as("formed") })
    .from(connections)
    .where(eq(connections.provenance, "meetup"))
    .groupBy(connections.meetupId)
    .as("formed");
  return db
    .select({
      meetup: meetups,
      confirmed: sql<number>`coalesce(${rsvpCounts.confirmed}, 0)`,
      confirmedAdults: sql<number>`coalesce(${rsvpCounts.confirmedAdults}, 0)`,
      confirmedChildren: sql<number>`coalesce(${rsvpCounts.confirmedChildren}, 0)`,
      waitlisted: sql<number>`coalesce(${rsvpCounts.waitlisted}, 0)`,
      checkedIn: sql<number>`coalesce(${rsvpCounts.checkedIn}, 0)`,
      walkIns: sql<number>`coalesce(${rsvpCounts.walkIns}, 0)`,
      connectionsFormed: sql<number>`coalesce(${formed.n}, 0)`,
    })
    .from(meetups)
    .leftJoin(rsvpCounts, eq(rsvpCounts.meetupId, meetups.id))
    .leftJoin(formed, eq(formed.meetupId, meetups.id))
    .where(eq(meetups.organiserId, organiserId))
    .orderBy(desc(meetups.startsAt));
}

/** Distinct members checked in at the organiser's meetups that started in [from, to). */
export async function familiesReached(db: Db, organiserId: string, from: Date, to: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${meetupRsvps.memberId})::int` })
    .from(meetupRsvps)
    .innerJoin(meetups, eq(meetups.id, meetupRsvps.meetupId))
    .where(
      and(eq(meetups.organiserId, organiserId), isNotNull(meetupRsvps.checkedInAt), gte(meetups.startsAt, from), lt(meetups.startsAt, to)),
    );
  return row?.n ?? 0;
}

export async function meetupById(db: Db, meetupId: string): Promise<MeetupRow | null> {
  const [row] = await db.select().from(meetups).where(eq(meetups.id, meetupId));
  return row ?? null;
}

export async function memberStatus(db: Db, userId: string): Promise<"active" | "suspended" | "left" | null> {
  const [row] = await db.select({ status: members.status }).from(members).where(eq(members.userId, userId));
  return row?.status ?? null;
}

/** Meetups that have ended by `now` and were not cancelled, with their confirmed seats in arrival order (for the demo seed). */
export async function endedMeetupSeats(db: Db, now: Date) {
  return db
    .select({ meetup: meetups, rsvpId: meetupRsvps.id, memberId: meetupRsvps.memberId, checkedInAt: meetupRsvps.checkedInAt })
    .from(meetups)
    .innerJoin(meetupRsvps, eq(meetupRsvps.meetupId, meetups.id))
    .where(and(eq(meetups.status, "scheduled"), lt(meetups.endsAt, now), eq(meetupRsvps.status, "confirmed")))
    .orderBy(asc(meetups.startsAt), asc(meetupRsvps.seq));
}
