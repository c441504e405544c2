import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { refreshStats } from "@/lib/stats/workflows/refresh";

type Db = DbHandle["db"];

/**
 * A year of activity in a municipality, generated in SQL (200 members over four districts, 2,400
 * requests with offers, reports, surveys and settlements), then the dashboard's summaries refreshed
 * as the clock sweep would. Ids are prefixed with `tag`, so runs never meet.
 */
export async function cityActivity(db: Db, municipalityId: string, tag: string, now = new Date()): Promise<void> {
  const at = now.toISOString();
  // One transaction: one connection, so the temporary table is seen by every statement.
  await db.transaction(async (tx) => {
    await tx.execute(sql`
    insert into users (id, email, name)
    select ${tag} || '-u' || i, ${tag} || '.u' || i || '@example.com', 'x' from generate_series(1, 200) i`);
    await tx.execute(sql`
    insert into members (user_id, display_name, name_kana, municipality_id, district_id, birth_date, phone, capabilities,
      terms_accepted_at, privacy_accepted_at, created_at)
    select ${tag} || '-u' || i, '統計' || i, 'とうけい', ${municipalityId}::uuid, d.id, date '1985-01-01' + i,
      '+8170' || lpad((abs(hashtext(${tag})) % 10000)::text, 4, '0') || lpad(i::text, 4, '0'),
      (case i % 3 when 0 then array['parent'] when 1 then array['supporter'] else array['parent', 'supporter'] end)::capability[],
      ${at}::timestamptz, ${at}::timestamptz, ${at}::timestamptz - interval '400 days' + (i % 300) * interval '1 day'
    from generate_series(1, 200) i
    join (select id, row_number() over (order by name_ja) - 1 as n, count(*) over () as k from districts where municipality_id = ${municipalityId}::uuid) d
      on d.n = i % d.k`);
    await tx.execute(sql`
    insert into children (id, parent_id, name, name_kana, birth_date)
    select md5(${tag} || 'c' || i)::uuid, ${tag} || '-u' || i, '子', 'こ', date '2015-04-01' + (i * 17) % 3400
    from generate_series(1, 200) i where i % 3 <> 1`);
    await tx.execute(sql`
    create temporary table city_req on commit drop as
    select r, md5(${tag} || 'r' || r)::uuid as id, p, case when p + 3 <= 200 then p + 3 else p - 3 end as h,
      date_trunc('day', ${at}::timestamptz - interval '365 days' + (r * 13100) * interval '1 second') + ((6 + r % 16) - 9) * interval '1 hour' as start_at,
      case when r % 20 < 12 then 'completed' when r % 20 < 14 then 'expired' when r % 20 = 14 then 'withdrawn'
        when r % 20 = 15 then 'cancelled' else 'settled' end as state
    from (select r, case when (1 + r * 7 % 200) % 3 = 1 then case when 1 + r * 7 % 200 < 200 then 2 + r * 7 % 200 else 199 end else 1 + r * 7 % 200 end as p
      from generate_series(1, 2400) r) x`);
    await tx.execute(sql`
    insert into care_requests (id, parent_id, kind, start_at, end_at, place, state, rulebook_key, rulebook_version, helper_id, matched_at, purpose, created_at, updated_at)
    select id, ${tag} || '-u' || p, (array['soge', 'both', 'azukari', 'azukari'])[1 + r % 4]::care_kind, start_at,
      start_at + (60 + r % 120) * interval '1 minute', 'helper_home', state::care_state, 'default', 1,
      case when state in ('completed', 'settled', 'cancelled') then ${tag} || '-u' || h end,
      case when state in ('completed', 'settled', 'cancelled') then start_at - interval '1 day' end,
      (array['nursery_transport', 'nursery_extended', 'after_school', 'outing', 'other', null])[1 + r % 6]::care_purpose,
      start_at - interval '3 days', start_at
    from city_req`);
    await tx.execute(sql`
    insert into care_request_children (request_id, child_id) select id, md5(${tag} || 'c' || p)::uuid from city_req`);
    await tx.execute(sql`
    insert into care_offer_events (request_id, user_id, kind, at)
    select id, ${tag} || '-u' || h, 'offered', start_at - interval '2 days' from city_req
    where state in ('completed', 'settled', 'cancelled') or (state = 'withdrawn' and r % 40 = 14)`);
    await tx.execute(sql`
    insert into care_reports (request_id, actual_start_at, actual_end_at, reported_at, confirmed_at, thanks_yen, expenses_yen, parent_pays_yen)
    select id, start_at, start_at + (60 + r % 120) * interval '1 minute', start_at + interval '3 hours', start_at + interval '1 day',
      500 * (1 + (60 + r % 120) / 60), (r % 3) * 200, 500 * (1 + (60 + r % 120) / 60) + (r % 3) * 200
    from city_req where state in ('completed', 'settled')`);
    await tx.execute(sql`
    insert into care_feedback (request_id, first_time, would_use_again, outcomes, surveyed_at)
    select id, r % 9 = 0, r % 10 <> 0, case r % 4 when 0 then array['found_job'] when 1 then array['secured_hours'] when 2 then array['own_time'] else array[]::text[] end,
      start_at + interval '2 days'
    from city_req where state in ('completed', 'settled') and r % 3 = 0`);
    await tx.execute(sql`
    insert into care_settlements (request_id, method, parent_confirmed_at, helper_confirmed_at, settled_at)
    select id, 'cash', start_at + interval '1 day', start_at + interval '1 day', start_at + interval '1 day' from city_req where state = 'settled'`);
    await tx.execute(sql`
    insert into connections (user_a, user_b, provenance, created_at)
    select least(a, b), greatest(a, b), (array['in_person', 'meetup', 'distance'])[1 + k % 3]::connection_provenance,
      ${at}::timestamptz - (k % 360) * interval '1 day'
    from (select k, ${tag} || '-u' || (1 + k % 200) as a, ${tag} || '-u' || (1 + (k * 7 + 1) % 200) as b from generate_series(1, 600) k) x
    where a <> b on conflict do nothing`);
    // Rows dated in the past: the next refresh copies everything, as a first one does.
    await tx.execute(sql`delete from stats_refreshes`);
  });
  await refreshStats(db, now);
}
