import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { rowsOf } from "@/db/migrate";
import { districtsOf } from "@/db/queries/municipalities";
import {
  careFeedback,
  careOfferEvents,
  careReports,
  careRequestChildren,
  careRequests,
  careSettlements,
  children,
  connections,
  districts,
  members,
  municipalities,
  users,
} from "@/db/schema";
import { seedRulebooks } from "@/db/seed/rulebooks";
import type { Dashboard } from "@/lib/stats/dashboard";
import { instants, type Period } from "@/lib/stats/period";
import type { Shown } from "@/lib/stats/suppress";
import { computeDashboard } from "@/lib/stats/workflows/dashboard";
import { refreshStats } from "@/lib/stats/workflows/refresh";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { insertMeetup, insertRsvp } from "@/test/meetups";

// Done-when 3: a small town with known answers. Every figure is also computed here straight from
// the raw rows in SQL, written apart from lib/stats, and the two must agree: for one month, and for
// a range of months summed from the months' tallies the refresh stores.

const MAY: Period = { from: "2026-05-01", to: "2026-05-31" };
const NOW = new Date("2026-06-15T12:00:00+09:00");
const joined = new Date("2026-01-10T10:00:00+09:00");
const at = (day: number, clock: string) => new Date(`2026-05-${String(day).padStart(2, "0")}T${clock}:00+09:00`);

let serial = 0;
async function person(h: DbHandle, town: string, district: string, capabilities: ("parent" | "supporter")[]) {
  serial += 1;
  const [u] = await h.db
    .insert(users)
    .values({ email: `s${serial}@example.jp` })
    .returning();
  await h.db.insert(members).values({
    userId: u!.id,
    displayName: `人${serial}`,
    nameKana: "ひと",
    municipalityId: town,
    districtId: district,
    birthDate: "1985-01-01",
    phone: `+8190${String(10_000_000 + serial)}`,
    capabilities,
    termsAcceptedAt: joined,
    privacyAcceptedAt: joined,
    createdAt: joined,
  });
  return u!.id;
}

type Care = {
  parent: string;
  start: Date;
  minutes: number;
  state: "matched" | "expired" | "withdrawn" | "completed" | "settled";
  helper?: string;
  offered?: string;
  thanks?: number;
  expenses?: number;
  survey?: { firstTime: boolean; again?: boolean; outcomes?: string[] };
  kind?: "azukari" | "soge";
  /** Written late, with old dates (an import, a migration). */
  writtenAt?: Date;
};
async function care(h: DbHandle, c: Care) {
  const [kid] = await h.db.insert(children).values({ parentId: c.parent, name: "子", nameKana: "こ", birthDate: "2021-06-01" }).returning();
  const end = new Date(c.start.getTime() + c.minutes * 60_000);
  const [r] = await h.db
    .insert(careRequests)
    .values({
      parentId: c.parent,
      kind: c.kind ?? "azukari",
      startAt: c.start,
      endAt: end,
      state: c.state,
      rulebookKey: "default",
      helperId: c.helper ?? null,
      matchedAt: c.helper ? new Date(c.start.getTime() - 86_400_000) : null,
      createdAt: c.writtenAt ?? new Date(c.start.getTime() - 2 * 86_400_000),
      updatedAt: c.writtenAt ?? new Date(c.start.getTime() - 2 * 86_400_000),
    })
    .returning();
  const id = r!.id;
  await h.db.insert(careRequestChildren).values({ requestId: id, childId: kid!.id });
  const offeredBy = c.offered ?? c.helper;
  if (offeredBy)
    await h.db
      .insert(careOfferEvents)
      .values({ requestId: id, userId: offeredBy, kind: "offered", at: new Date(c.start.getTime() - 2 * 3_600_000) });
  if (c.offered && !c.helper)
    await h.db
      .insert(careOfferEvents)
      .values({ requestId: id, userId: c.offered, kind: "withdrawn", at: new Date(c.start.getTime() - 3_600_000) });
  if (c.state === "completed" || c.state === "settled") {
    await h.db.insert(careReports).values({
      requestId: id,
      actualStartAt: c.start,
      actualEndAt: end,
      confirmedAt: end,
      thanksYen: c.thanks ?? 0,
      expensesYen: c.expenses ?? 0,
      parentPaysYen: (c.thanks ?? 0) + (c.expenses ?? 0),
    });
  }
  if (c.state === "settled") await h.db.insert(careSettlements).values({ requestId: id, settledAt: end });
  if (c.survey)
    await h.db.insert(careFeedback).values({
      requestId: id,
      firstTime: c.survey.firstTime,
      wouldUseAgain: c.survey.again ?? null,
      outcomes: c.survey.outcomes ?? null,
      surveyedAt: end,
    });
}

const value = (s: Shown | undefined) => (s === undefined ? "missing" : s.suppressed ? "<5" : s.value);

describe.each(testDbKindsOf(import.meta.url))("municipality statistics on %s", (kind) => {
  let h: DbHandle;
  let d: Dashboard;
  let town: string;
  let d1: string;
  let d2: string;
  const raw = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await h.db.execute(q));
  const dashboardOf = async (p: Period) => computeDashboard(h.db, town, p, await districtsOf(h.db, town));
  /** Requests posted, solved rate and unmet demand of a period, straight from the raw rows. */
  const rawRequests = async (p: Period) => {
    const { start: from, end: to } = instants(p);
    const [s] = await raw<{ matched: number; counted: number; expired: number; posted: number; parents: number }>(sql`
      select count(*) filter (where r.matched_at is not null)::int as matched,
             count(*) filter (where r.matched_at is not null or r.state = 'expired'
               or (r.state = 'withdrawn' and exists (select 1 from care_offer_events e where e.request_id = r.id and e.kind = 'offered')))::int as counted,
             count(*) filter (where r.state = 'expired')::int as expired,
             count(*)::int as posted, count(distinct r.parent_id)::int as parents
      from care_requests r join members m on m.user_id = r.parent_id
      where m.municipality_id = ${town} and r.start_at >= ${from.toISOString()} and r.start_at < ${to.toISOString()}`);
    return s!;
  };

  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedRulebooks(h.db);
    const [t, other] = await h.db
      .insert(municipalities)
      .values([
        { code: "991001", prefectureJa: "奈良県", prefectureEn: "Nara", nameJa: "いち市", nameEn: "Ichi" },
        { code: "991002", prefectureJa: "奈良県", prefectureEn: "Nara", nameJa: "に町", nameEn: "Ni" },
      ])
      .returning();
    town = t!.id;
    const [a, b, o] = await h.db
      .insert(districts)
      .values([
        { municipalityId: town, nameJa: "一丁目", nameEn: "1-chome" },
        { municipalityId: town, nameJa: "二丁目", nameEn: "2-chome" },
        { municipalityId: other!.id, nameJa: "よそ", nameEn: "Elsewhere" },
      ])
      .returning();
    [d1, d2] = [a!.id, b!.id];
    const p = [];
    for (let i = 0; i < 7; i++) p.push(await person(h, town, d1, ["parent"]));
    const q = [await person(h, town, d2, ["parent"]), await person(h, town, d2, ["parent"])];
    const helpers = [];
    for (let i = 0; i < 6; i++) helpers.push(await person(h, town, d1, ["supporter"]));
    for (let i = 0; i < 2; i++) await person(h, town, d1, ["parent", "supporter"]);
    // Another town's parent, with an expired request in May: never counted here.
    const stranger = await person(h, other!.id, o!.id, ["parent"]);
    await care(h, { parent: stranger, start: at(3, "09:00"), minutes: 60, state: "expired" });

    const minutes = [60, 90, 120, 60, 90, 120];
    const thanks = [500, 750, 1000, 500, 750];
    for (let i = 0; i < 6; i++) {
      await care(h, {
        parent: p[i]!,
        helper: helpers[i]!,
        start: at(10 + i, "14:00"),
        minutes: minutes[i]!,
        state: i < 5 ? "settled" : "completed",
        thanks: thanks[i] ?? 1000,
        expenses: 100,
        survey: i < 5 ? { firstTime: true, again: i < 4 } : { firstTime: false, outcomes: ["found_job", "own_time"] },
        kind: i === 0 ? "soge" : "azukari",
      });
    }
    await care(h, { parent: p[6]!, start: at(20, "09:00"), minutes: 60, state: "expired" });
    await care(h, { parent: p[0]!, start: at(21, "18:00"), minutes: 60, state: "expired" });
    await care(h, { parent: p[1]!, start: at(21, "19:00"), minutes: 60, state: "expired" });
    await care(h, { parent: p[2]!, start: at(21, "20:00"), minutes: 60, state: "expired" });
    await care(h, { parent: q[0]!, start: at(22, "09:00"), minutes: 60, state: "expired" });
    await care(h, { parent: q[1]!, start: at(23, "10:00"), minutes: 60, state: "withdrawn", offered: helpers[0]! });
    await care(h, { parent: q[0]!, start: at(24, "10:00"), minutes: 60, state: "withdrawn" });
    // April: one matched care, for the change against the previous period.
    await care(h, { parent: p[1]!, helper: helpers[1]!, start: new Date("2026-04-15T10:00:00+09:00"), minutes: 60, state: "matched" });

    // The dashboard reads the summaries the refresh keeps: bring them up to date first.
    await refreshStats(h.db, NOW);
    d = await dashboardOf(MAY);
  });
  afterAll(async () => h?.close());

  const headline = (key: string) => d.headline.find((f) => f.key === key);

  it("gives the known answers for May", () => {
    expect(value(headline("requests")?.current)).toBe(13);
    expect(value(headline("requests")?.previous)).toBe("<5"); // one parent in April
    // 6 matched ÷ (6 + 5 expired + 1 withdrawn after an OK); the withdrawal without an offer does not count.
    expect(value(headline("solved_rate")?.current)).toBe(50);
    expect(value(headline("care_hours")?.current)).toBe(9);
    expect(value(headline("thanks_yen")?.current)).toBe(3500);
    expect(value(headline("expenses_yen")?.current)).toBe(500);
    expect(value(headline("satisfaction")?.current)).toBe(80);
    expect(value(headline("outcome_found_job")?.current)).toBe("<5"); // one repeat parent answered
    expect(value(headline("unmet_demand")?.current)).toBe(5);
    expect(value(headline("members")?.current)).toBe(17);
    expect(value(headline("meetups")?.current)).toBe(0);
  });

  it("agrees with the same figures computed from the raw rows", async () => {
    const { start: from, end: to } = instants(MAY);
    const [start, end] = [from.toISOString(), to.toISOString()];
    const scope = sql`from care_requests r join members m on m.user_id = r.parent_id where m.municipality_id = ${town} and r.start_at >= ${start} and r.start_at < ${end}`;
    const [s] = await raw<{ matched: number; counted: number; expired: number; posted: number }>(sql`
      select count(*) filter (where r.matched_at is not null)::int as matched,
             count(*) filter (where r.matched_at is not null or r.state = 'expired'
               or (r.state = 'withdrawn' and exists (select 1 from care_offer_events e where e.request_id = r.id and e.kind = 'offered')))::int as counted,
             count(*) filter (where r.state = 'expired')::int as expired,
             count(*)::int as posted ${scope}`);
    expect(value(headline("solved_rate")?.current)).toBe(Math.round((s!.matched / s!.counted) * 1000) / 10);
    expect(value(headline("requests")?.current)).toBe(s!.posted);
    expect(value(headline("unmet_demand")?.current)).toBe(s!.expired);
    const [money] = await raw<{ minutes: number; thanks: number; expenses: number }>(sql`
      select coalesce(sum(extract(epoch from (c.actual_end_at - c.actual_start_at)) / 60), 0)::int as minutes,
             coalesce(sum(c.thanks_yen) filter (where st.settled_at is not null), 0)::int as thanks,
             coalesce(sum(c.expenses_yen) filter (where st.settled_at is not null), 0)::int as expenses
      from care_requests r join members m on m.user_id = r.parent_id join care_reports c on c.request_id = r.id
      left join care_settlements st on st.request_id = r.id
      where m.municipality_id = ${town} and r.start_at >= ${start} and r.start_at < ${end} and c.confirmed_at is not null`);
    expect(value(headline("care_hours")?.current)).toBe(money!.minutes / 60);
    expect(value(headline("thanks_yen")?.current)).toBe(money!.thanks);
    expect(value(headline("expenses_yen")?.current)).toBe(money!.expenses);
    const [sv] = await raw<{ yes: number; answered: number }>(sql`
      select count(*) filter (where f.would_use_again)::int as yes, count(*)::int as answered
      from care_feedback f join care_requests r on r.id = f.request_id join members m on m.user_id = r.parent_id
      where m.municipality_id = ${town} and r.start_at >= ${start} and r.start_at < ${end} and f.first_time and f.would_use_again is not null`);
    expect(value(headline("satisfaction")?.current)).toBe((sv!.yes / sv!.answered) * 100);
    const types = await raw<{ type: string; n: number }>(sql`
      select case when 'parent' = any(capabilities) and 'supporter' = any(capabilities) then 'both'
                  when 'parent' = any(capabilities) then 'requester' else 'provider' end as type, count(*)::int as n
      from members where municipality_id = ${town} group by 1`);
    const byType = Object.fromEntries(types.map((t) => [t.type, t.n]));
    expect(byType).toEqual({ requester: 9, provider: 6, both: 2 });
    const may = d.famisapo.find((m) => m.month === "2026-05")!;
    // 両方会員 has 2 members (<5); 提供会員 (6), the next smallest, is hidden too so 17 − 9 does not give it back.
    expect(may.membersByType.map(value)).toEqual([byType.requester, "<5", "<5"]);
    expect(value(may.membersTotal)).toBe(17);
  });

  it("suppresses small cells and the cells that would give them back", () => {
    const district = d.breakdowns.find((b) => b.key === "district")!;
    // 二丁目: 2 parents (<5); 一丁目 must go too, or 11 − 一丁目 would reveal it.
    expect(district.rows.map((r) => [r.key === d1 ? "d1" : r.key === d2 ? "d2" : r.key, value(r.requests)])).toEqual([
      ["d1", "<5"],
      ["d2", "<5"],
    ]);
    expect(value(district.total)).toBe(13);
    // Unmet demand in 一丁目: one morning expiry and three in the evening, from fewer than 5 parents each.
    const row = d.heatmap.rows.find((r) => r.key === d1)!;
    expect(row.cells.map(value)).toEqual([0, "<5", 0, "<5", 0]);
    const csvLike = JSON.stringify(d);
    expect(csvLike).not.toMatch(/人\d|@example\.jp/);
  });

  it("sums a range of whole months from the months' tallies, as the raw rows give it", async () => {
    const range: Period = { from: "2026-04-01", to: "2026-05-31" };
    const both = await dashboardOf(range);
    const s = await rawRequests(range);
    const h2 = (key: string) => both.headline.find((f) => f.key === key);
    expect(value(h2("requests")?.current)).toBe(s.posted);
    expect(s.posted).toBe(14);
    expect(value(h2("solved_rate")?.current)).toBe(Math.round((s.matched / s.counted) * 1000) / 10);
    expect(value(h2("unmet_demand")?.current)).toBe(s.expired);
    // Care hours and money: May's alone (April's care is not completed).
    expect(value(h2("care_hours")?.current)).toBe(9);
    expect(value(h2("thanks_yen")?.current)).toBe(3500);
    // The previous period is the two months before (nothing in them), and the months are listed one by one.
    expect(both.previous).toEqual({ from: "2026-02-01", to: "2026-03-31" });
    expect(value(h2("requests")?.previous)).toBe(0);
    expect(both.months).toEqual(["2026-04", "2026-05"]);
    expect(both.series.find((x) => x.key === "requests")!.values.map(value)).toEqual(["<5", 13]);
  });

  it("keeps a small cell and the cell that would give it back hidden over a range of months", async () => {
    // 二丁目 has two parents in May and none in April: still "<5" over both months, and 一丁目 with it.
    const both = await dashboardOf({ from: "2026-04-01", to: "2026-05-31" });
    const district = both.breakdowns.find((b) => b.key === "district")!;
    expect(district.rows.map((r) => value(r.requests))).toEqual(["<5", "<5"]);
    const [q] = await raw<{ parents: number }>(sql`
      select count(distinct r.parent_id)::int as parents from care_requests r join members m on m.user_id = r.parent_id
      where m.district_id = ${d2} and r.start_at >= ${instants({ from: "2026-04-01", to: "2026-05-31" }).start.toISOString()}`);
    expect(q!.parents).toBe(2);
  });

  it("counts a row written late with old dates at the next refresh, in its own month", async () => {
    const MARCH: Period = { from: "2026-03-01", to: "2026-03-31" };
    expect(value((await dashboardOf(MARCH)).headline.find((f) => f.key === "requests")?.current)).toBe(0);
    // Five parents' expired March requests, written after the refresh with dates months old.
    const rows = await raw<{ user_id: string }>(
      sql`select user_id from members where municipality_id = ${town} and 'parent' = any(capabilities) order by user_id limit 5`,
    );
    for (const [i, r] of rows.entries()) {
      await care(h, {
        parent: r.user_id,
        start: new Date(`2026-03-1${i}T09:00:00+09:00`),
        minutes: 60,
        state: "expired",
        writtenAt: new Date("2026-02-20T09:00:00+09:00"),
      });
    }
    await refreshStats(h.db, new Date(NOW.getTime() + 10 * 60_000));
    const march = await dashboardOf(MARCH);
    const s = await rawRequests(MARCH);
    expect(s.posted).toBe(5);
    expect(value(march.headline.find((f) => f.key === "requests")?.current)).toBe(5);
    expect(value(march.headline.find((f) => f.key === "unmet_demand")?.current)).toBe(s.expired);
    // And in any range that holds March.
    const spring = await dashboardOf({ from: "2026-03-01", to: "2026-05-31" });
    expect(value(spring.headline.find((f) => f.key === "requests")?.current)).toBe(
      (await rawRequests({ from: "2026-03-01", to: "2026-05-31" })).posted,
    );
  });

  it("counts a meetup held in May, its check-ins and the connection made there, at the next refresh", async () => {
    const people = await raw<{ user_id: string }>(
      sql`select user_id from members where municipality_id = ${town} order by user_id limit 6`,
    );
    const [organiser, ...guests] = people.map((p) => p.user_id);
    const meetup = await insertMeetup(h.db, organiser!, { startsAt: at(28, "10:00"), endsAt: at(28, "12:00") });
    for (const g of guests) await insertRsvp(h.db, meetup.id, g, { checkedInAt: at(28, "10:05") });
    const [a, b] = [guests[0]!, guests[1]!].sort();
    await h.db.insert(connections).values({ userA: a!, userB: b!, provenance: "meetup", meetupId: meetup.id, createdAt: at(28, "11:00") });
    await refreshStats(h.db, new Date(NOW.getTime() + 20 * 60_000));
    const may = await dashboardOf(MAY);
    const [m] = await raw<{ held: number; attendees: number; formed: number }>(sql`
      select count(distinct e.id)::int as held,
        (select count(*)::int from meetup_rsvps v join meetups x on x.id = v.meetup_id
          where x.municipality_id = ${town} and v.checked_in_at is not null) as attendees,
        (select count(*)::int from connections c where c.meetup_id is not null) as formed
      from meetups e where e.municipality_id = ${town} and e.status = 'scheduled'`);
    const fig = (key: string) => value(may.headline.find((f) => f.key === key)?.current);
    expect([fig("meetups"), fig("meetup_attendees"), fig("meetup_connections")]).toEqual([m!.held, m!.attendees, m!.formed]);
    expect([m!.held, m!.attendees, m!.formed]).toEqual([1, 5, 1]);
  });
});
