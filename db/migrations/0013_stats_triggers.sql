-- The statistics summaries learn what changed from these triggers, whatever the write and whatever
-- its dates (a survey answered months later, a request inserted with an old date): each statement
-- marks the requests, members and meetups it touched in stats_changes, and the months of the
-- connections and meetups it touched in stats_dirty_months. lib/stats/workflows/refresh.ts takes them.
CREATE FUNCTION "stats_mark_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    EXECUTE format('INSERT INTO stats_changes (kind, key) SELECT DISTINCT %L, %I::text FROM old_rows ON CONFLICT DO NOTHING', TG_ARGV[0], TG_ARGV[1]);
  ELSE
    EXECUTE format('INSERT INTO stats_changes (kind, key) SELECT DISTINCT %L, %I::text FROM new_rows ON CONFLICT DO NOTHING', TG_ARGV[0], TG_ARGV[1]);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "stats_mark_connection_months"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO stats_dirty_months (municipality_id, month)
      SELECT DISTINCT m.municipality_id, to_char(c.created_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM')
      FROM old_rows c JOIN members m ON m.user_id IN (c.user_a, c.user_b) WHERE m.municipality_id IS NOT NULL
      UNION
      SELECT DISTINCT e.municipality_id, to_char(e.starts_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM')
      FROM old_rows c JOIN meetups e ON e.id = c.meetup_id
      ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO stats_dirty_months (municipality_id, month)
      SELECT DISTINCT m.municipality_id, to_char(c.created_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM')
      FROM new_rows c JOIN members m ON m.user_id IN (c.user_a, c.user_b) WHERE m.municipality_id IS NOT NULL
      UNION
      SELECT DISTINCT e.municipality_id, to_char(e.starts_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM')
      FROM new_rows c JOIN meetups e ON e.id = c.meetup_id
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "stats_mark_meetup_months"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO stats_dirty_months (municipality_id, month)
      SELECT DISTINCT municipality_id, to_char(starts_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') FROM old_rows
      ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO stats_dirty_months (municipality_id, month)
      SELECT DISTINCT municipality_id, to_char(starts_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') FROM new_rows
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- A member's row is written often (profile, settings): only what the statistics read of it marks it,
-- its home (the copy of its requests) and its joining date (active members).
CREATE FUNCTION "stats_mark_moved_members"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stats_changes (kind, key)
    SELECT DISTINCT 'member', n.user_id FROM new_rows n JOIN old_rows o ON o.user_id = n.user_id
    WHERE (n.municipality_id, n.district_id, n.created_at) IS DISTINCT FROM (o.municipality_id, o.district_id, o.created_at)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "stats_care_requests_insert" AFTER INSERT ON "care_requests" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'id');--> statement-breakpoint
CREATE TRIGGER "stats_care_requests_update" AFTER UPDATE ON "care_requests" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'id');--> statement-breakpoint
CREATE TRIGGER "stats_care_requests_delete" AFTER DELETE ON "care_requests" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'id');--> statement-breakpoint
CREATE TRIGGER "stats_care_offer_events_insert" AFTER INSERT ON "care_offer_events" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_care_offer_events_update" AFTER UPDATE ON "care_offer_events" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_care_offer_events_delete" AFTER DELETE ON "care_offer_events" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_care_request_children_insert" AFTER INSERT ON "care_request_children" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_care_request_children_delete" AFTER DELETE ON "care_request_children" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_care_reports_insert" AFTER INSERT ON "care_reports" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_care_reports_update" AFTER UPDATE ON "care_reports" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_care_reports_delete" AFTER DELETE ON "care_reports" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_care_settlements_insert" AFTER INSERT ON "care_settlements" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_care_settlements_update" AFTER UPDATE ON "care_settlements" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_care_settlements_delete" AFTER DELETE ON "care_settlements" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_care_feedback_insert" AFTER INSERT ON "care_feedback" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_care_feedback_update" AFTER UPDATE ON "care_feedback" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_care_feedback_delete" AFTER DELETE ON "care_feedback" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('request', 'request_id');--> statement-breakpoint
CREATE TRIGGER "stats_members_update" AFTER UPDATE ON "members" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_moved_members();--> statement-breakpoint
CREATE TRIGGER "stats_members_delete" AFTER DELETE ON "members" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('member', 'user_id');--> statement-breakpoint
CREATE TRIGGER "stats_meetup_rsvps_insert" AFTER INSERT ON "meetup_rsvps" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('meetup', 'meetup_id');--> statement-breakpoint
CREATE TRIGGER "stats_meetup_rsvps_update" AFTER UPDATE ON "meetup_rsvps" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('meetup', 'meetup_id');--> statement-breakpoint
CREATE TRIGGER "stats_meetup_rsvps_delete" AFTER DELETE ON "meetup_rsvps" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_changes('meetup', 'meetup_id');--> statement-breakpoint
CREATE TRIGGER "stats_meetups_insert" AFTER INSERT ON "meetups" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_meetup_months();--> statement-breakpoint
CREATE TRIGGER "stats_meetups_update" AFTER UPDATE ON "meetups" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_meetup_months();--> statement-breakpoint
CREATE TRIGGER "stats_meetups_delete" AFTER DELETE ON "meetups" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_meetup_months();--> statement-breakpoint
CREATE TRIGGER "stats_connections_insert" AFTER INSERT ON "connections" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_connection_months();--> statement-breakpoint
CREATE TRIGGER "stats_connections_update" AFTER UPDATE ON "connections" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_connection_months();--> statement-breakpoint
CREATE TRIGGER "stats_connections_delete" AFTER DELETE ON "connections" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_connection_months();
