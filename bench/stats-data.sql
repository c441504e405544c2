-- City-scale data for `npm run bench:stats`, generated in SQL. :now is fixed by the caller.
-- 20 municipalities × 5 districts; 100,000 members; 300,000 connections; 1,000,000 requests over three
-- years with offers, reports, surveys and settlements; 20,000 meetups with their RSVPs.
insert into municipalities (code, prefecture_ja, prefecture_en, name_ja, name_en)
select lpad((800000 + m)::text, 6, '0'), 'ベンチ県', 'Bench', 'ベンチ市' || m, 'Bench ' || m from generate_series(0, 19) m;

insert into districts (municipality_id, name_ja, name_en)
select mu.id, '地区' || d, 'District ' || d
from municipalities mu, generate_series(0, 4) d where mu.code like '8%';

create temporary table bench_town as
select (row_number() over (order by code) - 1)::int as m, id from municipalities where code like '8%';
create temporary table bench_district as
select t.m, (row_number() over (partition by t.m order by d.name_ja) - 1)::int as d, d.id
from bench_town t join districts d on d.municipality_id = t.id;

insert into users (id, email, name, created_at)
select 'u' || i, 'u' || i || '@bench.example', 'ベンチ' || i, :now - interval '3 years' from generate_series(1, 100000) i;

-- Member i lives in town i % 20; i % 3: 0 parent, 1 supporter, 2 both; every 50th also an organiser.
insert into members (user_id, display_name, name_kana, municipality_id, district_id, birth_date, phone, capabilities,
  terms_accepted_at, privacy_accepted_at, created_at)
select 'u' || i, 'ベンチ' || i, 'べんち', t.id, d.id, date '1985-01-01' + (i % 3000),
  '+8190' || lpad(i::text, 8, '0'),
  (case i % 3 when 0 then array['parent'] when 1 then array['supporter'] else array['parent', 'supporter'] end
    || case when i % 50 = 0 then array['organiser'] else array[]::text[] end)::capability[],
  :now, :now, :now - interval '3 years' + (i % 1000) * interval '1 day'
from generate_series(1, 100000) i
join bench_town t on t.m = i % 20
join bench_district d on d.m = i % 20 and d.d = (i / 20) % 5;

insert into children (id, parent_id, name, name_kana, birth_date)
select md5('c' || i)::uuid, 'u' || i, '子' || i, 'こ', date '2016-01-01' + (i % 3000)
from generate_series(1, 100000) i where i % 3 <> 1;

-- Connections within a town: each member with partners 20, 40 and 60 places on (ordered pairs, all distinct).
insert into connections (user_a, user_b, provenance, created_at)
select least(a, b), greatest(a, b), (array['in_person', 'meetup', 'distance'])[1 + k % 3]::connection_provenance,
  :now - interval '3 years' + (k % 1095) * interval '1 day'
from (
  select k, 'u' || (1 + (k::bigint * 7919) % 100000) as a,
    'u' || (1 + ((k::bigint * 7919) % 100000 + 20 * (1 + k / 100000)) % 100000) as b
  from generate_series(1, 300000) k
) x where a <> b
on conflict do nothing;

-- Requests: parent p (a parent), helper p ± 20 (a supporter of the same town), spread over three years.
create temporary table bench_req as
select r,
  md5('r' || r)::uuid as id,
  p,
  case when p + 20 <= 100000 then p + 20 else p - 20 end as h,
  date_trunc('day', :now - interval '3 years' + (r * 94.6) * interval '1 second') + ((6 + r % 16) - 9) * interval '1 hour'
    + (r % 4) * interval '15 minutes' as start_at,
  case when r % 20 < 12 then 'completed' when r % 20 < 14 then 'expired' when r % 20 = 14 then 'withdrawn'
    when r % 20 = 15 then 'cancelled' else 'settled' end as state
from (
  select r, case when x % 3 = 1 then case when x < 100000 then x + 1 else x - 1 end else x end as p
  from (select r, 1 + (r * 37) % 100000 as x from generate_series(1, 1000000) r) a
) b;

insert into care_requests (id, parent_id, kind, start_at, end_at, place, state, rulebook_key, rulebook_version, helper_id, matched_at,
  purpose, created_at, updated_at)
select id, 'u' || p, (array['soge', 'soge', 'both', 'azukari', 'azukari', 'azukari', 'azukari'])[1 + r % 7]::care_kind,
  start_at, start_at + (60 + r % 120) * interval '1 minute', 'helper_home', state::care_state, 'default', 1,
  case when state in ('completed', 'settled', 'cancelled') then 'u' || h end,
  case when state in ('completed', 'settled', 'cancelled') then start_at - interval '1 day' end,
  (array['nursery_transport', 'nursery_extended', 'after_school', 'outing', 'other', null])[1 + r % 6]::care_purpose,
  start_at - interval '3 days', start_at
from bench_req;

insert into care_request_children (request_id, child_id) select id, md5('c' || p)::uuid from bench_req;

insert into care_offer_events (request_id, user_id, kind, at)
select id, 'u' || h, 'offered', start_at - interval '2 days' from bench_req
where state in ('completed', 'settled', 'cancelled') or (state = 'withdrawn' and r % 40 = 14);

insert into care_reports (request_id, actual_start_at, actual_end_at, reported_at, confirmed_at, thanks_yen, expenses_yen, parent_pays_yen)
select id, start_at, start_at + (60 + r % 120) * interval '1 minute', start_at + interval '3 hours', start_at + interval '1 day',
  500 * (1 + (60 + r % 120) / 60), (r % 3) * 200, 500 * (1 + (60 + r % 120) / 60) + (r % 3) * 200
from bench_req where state in ('completed', 'settled');

insert into care_feedback (request_id, first_time, would_use_again, outcomes, surveyed_at)
select id, r % 9 = 0, r % 10 <> 0,
  case r % 5 when 0 then array['found_job'] when 1 then array['secured_hours'] when 2 then array['own_time']
    when 3 then array['found_job', 'own_time'] else array[]::text[] end,
  start_at + interval '2 days'
from bench_req where state in ('completed', 'settled') and r % 3 = 0;

insert into care_settlements (request_id, method, parent_confirmed_at, helper_confirmed_at, settled_at)
select id, 'cash', start_at + interval '1 day', start_at + interval '1 day', start_at + interval '1 day'
from bench_req where state = 'settled';

insert into meetups (id, organiser_id, municipality_id, title, venue_name, venue_address, starts_at, ends_at, capacity_adults, capacity_children)
select md5('m' || g.n)::uuid, 'u' || (1 + 50 * (g.n % 1999) + g.n % 20), t.id, '交流会' || g.n, '公民館', 'ベンチ市1-1',
  date_trunc('hour', :now - interval '3 years' + (g.n * 4730) * interval '1 second'),
  date_trunc('hour', :now - interval '3 years' + (g.n * 4730) * interval '1 second') + interval '2 hours', 20, 20
from generate_series(1, 20000) as g(n) join bench_town t on t.m = (1 + 50 * (g.n % 1999) + g.n % 20) % 20;

insert into meetup_rsvps (meetup_id, member_id, adults, children, status, ticket_token, checked_in_at)
select md5('m' || g.n)::uuid, 'u' || (1 + (50 * (g.n % 1999) + g.n % 20 + 740 * s.j) % 100000), 1, 1, 'confirmed', 'tk' || g.n || '_' || s.j,
  case when s.j <= 8 then date_trunc('hour', :now - interval '3 years' + (g.n * 4730) * interval '1 second') + interval '10 minutes' end
from generate_series(1, 20000) as g(n), generate_series(1, 10) as s(j)
on conflict do nothing;

drop table bench_req;
analyze;
