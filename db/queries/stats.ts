import { and, eq, gte, inArray, lt, or, sql } from "drizzle-orm";
import type { ConnectionFact, MeetupFact, MemberFact, RequestFact, StatsFacts } from "@/lib/stats/facts";
import type { FactGroup } from "@/lib/stats/platform";
import type { Db } from "../client";
import { careFeedback, careReports, careRequests, connections, districts, meetupRsvps, meetups, members } from "../schema";

// The rows lib/stats computes a municipality's figures from. Every read is scoped to members living
// in `municipalityId` (requests by the parent's home, meetups by their venue's municipality).

const hadOffer = sql<boolean>`exists (select 1 from care_offer_events e where e.request_id = ${careRequests.id} and e.kind = 'offered')`;
const youngest = sql<
  string | null
>`(select max(c.birth_date)::text from care_request_children rc join children c on c.id = rc.child_id where rc.request_id = ${careRequests.id})`;
const actualMinutes = sql<
  number | null
>`case when ${careReports.confirmedAt} is not null then floor(extract(epoch from (${careReports.actualEndAt} - ${careReports.actualStartAt})) / 60)::int end`;
const settled = sql<boolean>`exists (select 1 from care_settlements s where s.request_id = ${careRequests.id} and s.settled_at is not null)`;

async function requestFacts(db: Db, municipalityId: string, start: Date, end: Date): Promise<RequestFact[]> {
  const rows = await db
    .select({
      parentId: careRequests.parentId,
      districtId: members.districtId,
      kind: careRequests.kind,
      purpose: careRequests.purpose,
      startAt: careRequests.startAt,
      state: careRequests.state,
      matchedAt: careRequests.matchedAt,
      hadOffer,
      youngestBirthDate: youngest,
      helperId: careRequests.helperId,
      actualMinutes,
      thanksYen: careReports.thanksYen,
      expensesYen: careReports.expensesYen,
      settled,
      firstTime: careFeedback.firstTime,
      wouldUseAgain: careFeedback.wouldUseAgain,
      outcomes: careFeedback.outcomes,
      surveyedAt: careFeedback.surveyedAt,
    })
    .from(careRequests)
    .innerJoin(members, eq(members.userId, careRequests.parentId))
    .leftJoin(careReports, eq(careReports.requestId, careRequests.id))
    .leftJoin(careFeedback, eq(careFeedback.requestId, careRequests.id))
    .where(and(eq(members.municipalityId, municipalityId), gte(careRequests.startAt, start), lt(careRequests.startAt, end)));
  return rows.map((r) => ({
    parentId: r.parentId,
    districtId: r.districtId,
    kind: r.kind,
    purpose: r.purpose,
    startAt: r.startAt,
    state: r.state,
    matched: r.matchedAt !== null,
    hadOffer: Boolean(r.hadOffer),
    youngestBirthDate: r.youngestBirthDate,
    helperId: r.helperId,
    actualMinutes: r.actualMinutes === null ? null : Number(r.actualMinutes),
    thanksYen: r.thanksYen,
    expensesYen: r.expensesYen,
    settled: Boolean(r.settled),
    survey:
      r.surveyedAt && r.firstTime !== null ? { firstTime: r.firstTime, wouldUseAgain: r.wouldUseAgain, outcomes: r.outcomes ?? [] } : null,
  }));
}

async function memberFacts(db: Db, municipalityId: string, start: Date, end: Date): Promise<MemberFact[]> {
  const rows = await db
    .select({ userId: members.userId, districtId: members.districtId, capabilities: members.capabilities, joinedAt: members.createdAt })
    .from(members)
    .where(and(eq(members.municipalityId, municipalityId), lt(members.createdAt, end)));
  const ids = rows.map((r) => r.userId);
  const activity = new Map<string, Date[]>();
  if (ids.length > 0) {
    // Raw SQL: instants go as ISO strings (postgres.js does not bind a Date here).
    const inWindow = (col: unknown) => sql`${col} >= ${start.toISOString()}::timestamptz and ${col} < ${end.toISOString()}::timestamptz`;
    const acts = await db.select({ userId: sql<string>`a.user_id`, at: sql<Date>`a.at` }).from(
      sql`(
          select r.parent_id as user_id, r.created_at as at from care_requests r join members m on m.user_id = r.parent_id
            where m.municipality_id = ${municipalityId} and ${inWindow(sql`r.created_at`)}
          union all
          select e.user_id, e.at from care_offer_events e join members m on m.user_id = e.user_id
            where m.municipality_id = ${municipalityId} and e.kind = 'offered' and ${inWindow(sql`e.at`)}
          union all
          select v.member_id, v.checked_in_at from meetup_rsvps v join members m on m.user_id = v.member_id
            where m.municipality_id = ${municipalityId} and v.checked_in_at is not null and ${inWindow(sql`v.checked_in_at`)}
        ) a`,
    );
    for (const a of acts) activity.set(a.userId, [...(activity.get(a.userId) ?? []), new Date(a.at)]);
  }
  return rows.map((r) => ({ ...r, activeAt: activity.get(r.userId) ?? [] }));
}

async function connectionFacts(db: Db, municipalityId: string, start: Date, end: Date): Promise<ConnectionFact[]> {
  const local = db.select({ id: members.userId }).from(members).where(eq(members.municipalityId, municipalityId));
  return db
    .select({ userA: connections.userA, userB: connections.userB, provenance: connections.provenance, createdAt: connections.createdAt })
    .from(connections)
    .where(
      and(
        gte(connections.createdAt, start),
        lt(connections.createdAt, end),
        or(inArray(connections.userA, local), inArray(connections.userB, local)),
      ),
    );
}

/** Meetups held (not cancelled, over by `now`) in the municipality, with who checked in and the connections made there. */
async function meetupFacts(db: Db, municipalityId: string, start: Date, end: Date, now: Date): Promise<MeetupFact[]> {
  const held = await db
    .select({
      meetupId: meetups.id,
      organiserId: meetups.organiserId,
      startsAt: meetups.startsAt,
      connectionsFormed: sql<number>`(select count(*)::int from connections c where c.meetup_id = ${meetups.id})`,
    })
    .from(meetups)
    .where(
      and(
        eq(meetups.municipalityId, municipalityId),
        eq(meetups.status, "scheduled"),
        gte(meetups.startsAt, start),
        lt(meetups.startsAt, end),
        lt(meetups.endsAt, now),
      ),
    );
  if (held.length === 0) return [];
  const attended = await db
    .select({ meetupId: meetupRsvps.meetupId, memberId: meetupRsvps.memberId })
    .from(meetupRsvps)
    .where(
      and(
        inArray(
          meetupRsvps.meetupId,
          held.map((m) => m.meetupId),
        ),
        sql`${meetupRsvps.checkedInAt} is not null`,
      ),
    );
  return held.map((m) => ({
    ...m,
    connectionsFormed: Number(m.connectionsFormed),
    attendeeIds: attended.filter((a) => a.meetupId === m.meetupId).map((a) => a.memberId),
  }));
}

/** All the facts for [start, end); member activity is read from 90 days before `start` (active members). */
export async function statsFacts(db: Db, municipalityId: string, start: Date, end: Date, now: Date): Promise<StatsFacts> {
  const activeFrom = new Date(start.getTime() - 90 * 86_400_000);
  const [requests, memberRows, connectionRows, meetupRows] = await Promise.all([
    requestFacts(db, municipalityId, start, end),
    memberFacts(db, municipalityId, activeFrom, end),
    connectionFacts(db, municipalityId, start, end),
    meetupFacts(db, municipalityId, start, end, now),
  ]);
  return { requests, members: memberRows, connections: connectionRows, meetups: meetupRows };
}

/** The municipality's districts in display order (ids and names only). */
export async function statsDistricts(db: Db, municipalityId: string) {
  return db
    .select({ id: districts.id, nameJa: districts.nameJa, nameEn: districts.nameEn })
    .from(districts)
    .where(eq(districts.municipalityId, municipalityId))
    .orderBy(districts.nameJa);
}

/** Every municipality's requests of [start, end), grouped by what the landing page's figures read. */
export async function platformFactGroups(db: Db, start: Date, end: Date): Promise<FactGroup[]> {
  const rows = await db
    .select({
      matched: sql<boolean>`${careRequests.matchedAt} is not null`,
      state: careRequests.state,
      hadOffer,
      firstTime: careFeedback.firstTime,
      wouldUseAgain: careFeedback.wouldUseAgain,
      surveyed: sql<boolean>`${careFeedback.surveyedAt} is not null`,
      requests: sql<number>`count(*)::int`,
      parents: sql<number>`count(distinct ${careRequests.parentId})::int`,
    })
    .from(careRequests)
    .leftJoin(careFeedback, eq(careFeedback.requestId, careRequests.id))
    .where(and(gte(careRequests.startAt, start), lt(careRequests.startAt, end)))
    .groupBy(sql`1, 2, 3, 4, 5, 6`);
  return rows.map((r) => ({
    matched: Boolean(r.matched),
    state: r.state,
    hadOffer: Boolean(r.hadOffer),
    survey: r.surveyed && r.firstTime !== null ? { firstTime: r.firstTime, wouldUseAgain: r.wouldUseAgain, outcomes: [] } : null,
    requests: Number(r.requests),
    parents: Number(r.parents),
  }));
}
