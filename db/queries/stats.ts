import { and, eq, gte, inArray, lt, lte, or, type SQLWrapper, sql } from "drizzle-orm";
import type { ConnectionFact, MeetupFact, MemberFact, MemberJoins, RequestFact, StatsFacts } from "@/lib/stats/facts";
import { ACTIVE_DAYS } from "@/lib/stats/figures";
import type { FactGroup } from "@/lib/stats/platform";
import type { Db } from "../client";
import {
  connections,
  meetupRsvps,
  meetups,
  members,
  municipalityStaff,
  statsDashboards,
  statsLanding,
  statsMonths,
  statsRefreshes,
  statsRequests,
} from "../schema";

/** postgres.js answers a raw query with the rows, PGlite with { rows }. (db/migrate has the same, but may not be bundled.) */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

// The rows lib/stats computes a municipality's figures from. Every read is scoped to members living
// in `municipalityId` (requests by the parent's home, meetups by their venue's municipality).
// Requests and member activity come from the summaries the clock sweep keeps (db/schema/stats.ts).

/** Whether an OK was ever offered on the request (even if taken back since). */
const offeredOn = (requestId: SQLWrapper) =>
  sql<boolean>`exists (select 1 from care_offer_events e where e.request_id = ${requestId} and e.kind = 'offered')`;

async function requestFacts(db: Db, municipalityId: string, start: Date, end: Date): Promise<RequestFact[]> {
  const s = statsRequests;
  const rows = await db
    .select()
    .from(s)
    .where(and(eq(s.municipalityId, municipalityId), gte(s.startAt, start), lt(s.startAt, end)));
  return rows.map((r) => ({
    parentId: r.parentId,
    districtId: r.districtId,
    kind: r.kind,
    purpose: r.purpose,
    startAt: r.startAt,
    state: r.state,
    matched: r.matched,
    hadOffer: r.hadOffer,
    youngestBirthDate: r.youngestBirthDate,
    helperId: r.helperId,
    actualMinutes: r.actualMinutes,
    thanksYen: r.thanksYen,
    expensesYen: r.expensesYen,
    settled: r.settled,
    survey:
      r.surveyed && r.firstTime !== null ? { firstTime: r.firstTime, wouldUseAgain: r.wouldUseAgain, outcomes: r.outcomes ?? [] } : null,
  }));
}

async function memberFacts(db: Db, municipalityId: string, start: Date, end: Date): Promise<MemberFact[]> {
  const rows = await db
    .select({ userId: members.userId, districtId: members.districtId, capabilities: members.capabilities, joinedAt: members.createdAt })
    .from(members)
    .where(and(eq(members.municipalityId, municipalityId), lt(members.createdAt, end)));
  const activity = new Map<string, Date[]>();
  if (rows.length > 0) {
    // Raw SQL: instants go as ISO strings (postgres.js does not bind a Date here). A day is its Tokyo midnight.
    const acts = await db.execute<{ user_id: string; at: string | Date }>(sql`
      select d.user_id, (d.day::timestamp at time zone 'Asia/Tokyo') as at from stats_member_days d
      where d.municipality_id = ${municipalityId}
        and d.day >= (${start.toISOString()}::timestamptz at time zone 'Asia/Tokyo')::date
        and d.day < (${end.toISOString()}::timestamptz at time zone 'Asia/Tokyo')::date`);
    for (const a of rowsOf<{ user_id: string; at: string | Date }>(acts)) {
      const days = activity.get(a.user_id);
      if (days) days.push(new Date(a.at));
      else activity.set(a.user_id, [new Date(a.at)]);
    }
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
    .select({ meetupId: meetups.id, organiserId: meetups.organiserId, startsAt: meetups.startsAt })
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
  const ids = held.map((m) => m.meetupId);
  // One grouped read of the connections made at them.
  const [attended, formed] = await Promise.all([
    db
      .select({ meetupId: meetupRsvps.meetupId, memberId: meetupRsvps.memberId })
      .from(meetupRsvps)
      .where(and(inArray(meetupRsvps.meetupId, ids), sql`${meetupRsvps.checkedInAt} is not null`)),
    db
      .select({ meetupId: connections.meetupId, n: sql<number>`count(*)::int` })
      .from(connections)
      .where(inArray(connections.meetupId, ids))
      .groupBy(connections.meetupId),
  ]);
  const attendees = new Map<string, string[]>();
  for (const a of attended) attendees.set(a.meetupId, [...(attendees.get(a.meetupId) ?? []), a.memberId]);
  const made = new Map(formed.map((f) => [f.meetupId, Number(f.n)]));
  return held.map((m) => ({ ...m, connectionsFormed: made.get(m.meetupId) ?? 0, attendeeIds: attendees.get(m.meetupId) ?? [] }));
}

/** All the facts for [start, end); member activity is read from ACTIVE_DAYS before `start` (active members). */
export async function statsFacts(db: Db, municipalityId: string, start: Date, end: Date, now: Date): Promise<StatsFacts> {
  const activeFrom = new Date(start.getTime() - ACTIVE_DAYS * 86_400_000);
  const [requests, memberRows, connectionRows, meetupRows] = await Promise.all([
    requestFacts(db, municipalityId, start, end),
    memberFacts(db, municipalityId, activeFrom, end),
    connectionFacts(db, municipalityId, start, end),
    meetupFacts(db, municipalityId, start, end, now),
  ]);
  return { requests, members: memberRows, connections: connectionRows, meetups: meetupRows };
}

// The summaries, brought up to date by the clock sweep. They copy facts; they decide nothing.

export async function statsRefreshedAt(db: Db, key: string): Promise<Date | null> {
  const [row] = await db.select().from(statsRefreshes).where(eq(statsRefreshes.key, key));
  return row?.refreshedAt ?? null;
}

export async function setStatsRefreshedAt(db: Db, key: string, at: Date): Promise<void> {
  await db
    .insert(statsRefreshes)
    .values({ key, refreshedAt: at })
    .onConflictDoUpdate({ target: statsRefreshes.key, set: { refreshedAt: at } });
}

/** A request id list as one bound parameter that both drivers take (postgres.js binds no array here). */
const idList = (ids: readonly string[]) => sql`(select value from json_array_elements_text(${JSON.stringify(ids)}::json))`;
const uuidList = (ids: readonly string[]) => sql`(select value::uuid from json_array_elements_text(${JSON.stringify(ids)}::json))`;
const tokyoMonth = (col: string) => sql.raw(`to_char(${col} at time zone 'Asia/Tokyo', 'YYYY-MM')`);

export type TownMonth = { municipality_id: string; month: string };

/** Copies requests into stats_requests: all of them (`ids` null), or those listed. Returns how many rows were written. */
export async function copyStatsRequests(db: Db, ids: readonly string[] | null): Promise<number> {
  if (ids !== null && ids.length === 0) return 0;
  const which = ids === null ? sql`true` : sql`r.id in ${uuidList(ids)}`;
  const result = await db.execute(sql`
    insert into stats_requests (request_id, municipality_id, district_id, parent_id, helper_id, kind, purpose, start_at, state, matched,
      had_offer, youngest_birth_date, actual_minutes, thanks_yen, expenses_yen, settled, first_time, would_use_again, outcomes, surveyed)
    select r.id, m.municipality_id, m.district_id, r.parent_id, r.helper_id, r.kind, r.purpose, r.start_at, r.state, r.matched_at is not null,
      ${offeredOn(sql.raw("r.id"))},
      (select max(c.birth_date) from care_request_children rc join children c on c.id = rc.child_id where rc.request_id = r.id),
      case when rep.confirmed_at is not null then floor(extract(epoch from (rep.actual_end_at - rep.actual_start_at)) / 60)::int end,
      rep.thanks_yen, rep.expenses_yen,
      exists (select 1 from care_settlements s where s.request_id = r.id and s.settled_at is not null),
      f.first_time, f.would_use_again, f.outcomes, f.surveyed_at is not null
    from care_requests r
    join members m on m.user_id = r.parent_id
    left join care_reports rep on rep.request_id = r.id
    left join care_feedback f on f.request_id = r.id
    where ${which}
    on conflict (request_id) do update set municipality_id = excluded.municipality_id, district_id = excluded.district_id,
      helper_id = excluded.helper_id, kind = excluded.kind, purpose = excluded.purpose, start_at = excluded.start_at,
      state = excluded.state, matched = excluded.matched, had_offer = excluded.had_offer,
      youngest_birth_date = excluded.youngest_birth_date, actual_minutes = excluded.actual_minutes, thanks_yen = excluded.thanks_yen,
      expenses_yen = excluded.expenses_yen, settled = excluded.settled, first_time = excluded.first_time,
      would_use_again = excluded.would_use_again, outcomes = excluded.outcomes, surveyed = excluded.surveyed`);
  return affected(result);
}

/** The municipality and month each listed request counts in, as the summary has it. */
export async function statsRequestMonths(db: Db, ids: readonly string[]): Promise<TownMonth[]> {
  if (ids.length === 0) return [];
  return rowsOf<TownMonth>(
    await db.execute(sql`select distinct municipality_id, ${tokyoMonth("start_at")} as month from stats_requests
      where request_id in ${uuidList(ids)}`),
  );
}

/** The requests of the listed parents. */
export async function requestIdsOfParents(db: Db, userIds: readonly string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`select id::text as id from care_requests where parent_id in ${idList(userIds)}`),
  );
  return rows.map((r) => r.id);
}

/** Takes (and clears) what the triggers marked as changed since the last refresh. */
export async function takeStatsChanges(db: Db): Promise<{ kind: string; key: string }[]> {
  return rowsOf(await db.execute(sql`delete from stats_changes returning kind, key`));
}

/** Takes (and clears) the months marked to be computed again. */
export async function takeDirtyMonths(db: Db): Promise<TownMonth[]> {
  return rowsOf(await db.execute(sql`delete from stats_dirty_months returning municipality_id::text, month`));
}

/** Every month a municipality has facts in (for the first refresh). */
export async function monthsWithFacts(db: Db): Promise<TownMonth[]> {
  return rowsOf<TownMonth>(
    await db.execute(sql`
      select distinct municipality_id::text, ${tokyoMonth("start_at")} as month from stats_requests
      union select distinct municipality_id::text, ${tokyoMonth("starts_at")} from meetups
      union select distinct m.municipality_id::text, ${tokyoMonth("c.created_at")} from connections c
        join members m on m.user_id in (c.user_a, c.user_b)`),
  );
}

/** The months of meetups that ended in [from, to): they count as held from then on. */
export async function monthsOfMeetupsEnded(db: Db, from: Date, to: Date): Promise<TownMonth[]> {
  return rowsOf<TownMonth>(
    await db.execute(sql`select distinct municipality_id::text, ${tokyoMonth("starts_at")} as month from meetups
      where ends_at >= ${from.toISOString()}::timestamptz and ends_at < ${to.toISOString()}::timestamptz`),
  );
}

/** Every municipality's id. */
export async function allMunicipalityIds(db: Db): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(await db.execute(sql`select id::text as id from municipalities`));
  return rows.map((r) => r.id);
}

/** Requests whose parent left (their member row is gone) leave the summary as they leave the raw read. */
export async function pruneStatsRequests(db: Db): Promise<TownMonth[]> {
  return rowsOf<TownMonth>(
    await db.execute(sql`delete from stats_requests s where not exists (select 1 from members m where m.user_id = s.parent_id)
      returning municipality_id::text, ${tokyoMonth("start_at")} as month`),
  );
}

/**
 * Adds the Tokyo days members were active: all of them (`of` null), or those of the listed requests
 * (posted, OK offered) and meetups (checked in). Returns the days added, by municipality.
 */
export async function addStatsMemberDays(
  db: Db,
  of: { requestIds: readonly string[]; meetupIds: readonly string[] } | null,
): Promise<{ municipality_id: string; day: string }[]> {
  if (of !== null && of.requestIds.length === 0 && of.meetupIds.length === 0) return [];
  const requests = of === null ? sql`true` : of.requestIds.length === 0 ? sql`false` : sql`r.id in ${uuidList(of.requestIds)}`;
  const meetupsOf = of === null ? sql`true` : of.meetupIds.length === 0 ? sql`false` : sql`v.meetup_id in ${uuidList(of.meetupIds)}`;
  const result = await db.execute(sql`
    insert into stats_member_days (user_id, municipality_id, day)
    select distinct a.user_id, m.municipality_id, (a.at at time zone 'Asia/Tokyo')::date from (
      select r.parent_id as user_id, r.created_at as at from care_requests r where ${requests}
      union all
      select e.user_id, e.at from care_offer_events e join care_requests r on r.id = e.request_id where e.kind = 'offered' and ${requests}
      union all
      select v.member_id, v.checked_in_at from meetup_rsvps v where v.checked_in_at is not null and ${meetupsOf}
    ) a join members m on m.user_id = a.user_id
    on conflict do nothing
    returning municipality_id::text, day::text`);
  // The first refresh adds millions of days: their months are all recomputed anyway.
  return of === null ? [] : rowsOf(result);
}

/** The days the listed members were active, by municipality. */
export async function statsMemberDaysOf(db: Db, userIds: readonly string[]): Promise<{ municipality_id: string; day: string }[]> {
  if (userIds.length === 0) return [];
  return rowsOf(
    await db.execute(sql`select distinct municipality_id::text, day::text from stats_member_days where user_id in ${idList(userIds)}`),
  );
}

const affected = (result: unknown): number => {
  const r = result as { count?: number; affectedRows?: number; rowCount?: number };
  return r.count ?? r.affectedRows ?? r.rowCount ?? 0;
};

/** The stored dashboard of a municipality, if it was computed for this period. */
export async function storedDashboard(db: Db, municipalityId: string, from: string, to: string): Promise<unknown | null> {
  const [row] = await db
    .select({ dashboard: statsDashboards.dashboard })
    .from(statsDashboards)
    .where(and(eq(statsDashboards.municipalityId, municipalityId), eq(statsDashboards.periodFrom, from), eq(statsDashboards.periodTo, to)));
  return row?.dashboard ?? null;
}

export async function storeDashboard(
  db: Db,
  municipalityId: string,
  from: string,
  to: string,
  dashboard: unknown,
  now: Date,
): Promise<void> {
  await db
    .insert(statsDashboards)
    .values({ municipalityId, periodFrom: from, periodTo: to, dashboard, computedAt: now })
    .onConflictDoUpdate({ target: statsDashboards.municipalityId, set: { periodFrom: from, periodTo: to, dashboard, computedAt: now } });
}

/** Municipalities with staff: the ones whose dashboard is read. */
export async function municipalitiesWithStaff(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ id: municipalityStaff.municipalityId }).from(municipalityStaff);
  return rows.map((r) => r.id);
}

/** Members of a municipality by the Tokyo month they joined and their capabilities. */
export async function memberJoins(db: Db, municipalityId: string): Promise<MemberJoins[]> {
  const rows = rowsOf<{ month: string; capabilities: string[]; count: number }>(
    await db.execute(sql`select ${tokyoMonth("created_at")} as month, capabilities, count(*)::int as count from members
      where municipality_id = ${municipalityId} group by 1, 2`),
  );
  return rows.map((r) => ({ month: r.month, capabilities: r.capabilities, count: Number(r.count) }));
}

/** The stored tallies of a municipality's months in [from, to] ('YYYY-MM'). */
export async function monthTallies(db: Db, municipalityId: string, from: string, to: string): Promise<{ month: string; tally: unknown }[]> {
  return db
    .select({ month: statsMonths.month, tally: statsMonths.tally })
    .from(statsMonths)
    .where(and(eq(statsMonths.municipalityId, municipalityId), gte(statsMonths.month, from), lte(statsMonths.month, to)));
}

export async function storeMonthTally(db: Db, municipalityId: string, month: string, tally: unknown, now: Date): Promise<void> {
  await db
    .insert(statsMonths)
    .values({ municipalityId, month, tally, computedAt: now })
    .onConflictDoUpdate({ target: [statsMonths.municipalityId, statsMonths.month], set: { tally, computedAt: now } });
}

/** Every municipality's requests grouped by what the landing page's figures read, from the summary. */
export async function platformFactGroups(db: Db): Promise<FactGroup[]> {
  const s = statsRequests;
  const rows = await db
    .select({
      matched: s.matched,
      state: s.state,
      hadOffer: s.hadOffer,
      firstTime: s.firstTime,
      wouldUseAgain: s.wouldUseAgain,
      surveyed: s.surveyed,
      requests: sql<number>`count(*)::int`,
      parents: sql<number>`count(distinct ${s.parentId})::int`,
    })
    .from(s)
    .groupBy(s.matched, s.state, s.hadOffer, s.firstTime, s.wouldUseAgain, s.surveyed);
  return rows.map((r) => ({
    matched: r.matched,
    state: r.state,
    hadOffer: r.hadOffer,
    survey: r.surveyed && r.firstTime !== null ? { firstTime: r.firstTime, wouldUseAgain: r.wouldUseAgain, outcomes: [] } : null,
    requests: Number(r.requests),
    parents: Number(r.parents),
  }));
}

const LANDING = "platform";

export async function storeLandingGroups(db: Db, groups: FactGroup[], now: Date): Promise<void> {
  await db
    .insert(statsLanding)
    .values({ key: LANDING, groups, computedAt: now })
    .onConflictDoUpdate({ target: statsLanding.key, set: { groups, computedAt: now } });
}

/** The landing page's groups as the last refresh left them (none before the first). */
export async function storedLandingGroups(db: Db): Promise<FactGroup[]> {
  const [row] = await db.select({ groups: statsLanding.groups }).from(statsLanding).where(eq(statsLanding.key, LANDING));
  return (row?.groups as FactGroup[] | undefined) ?? [];
}
