-- Every existing rulebook becomes its own version 1, and existing requests keep that version.
INSERT INTO "rulebook_versions" ("rulebook_key", "version", "rules", "saved_at")
SELECT "key", "version", "rules", "created_at" FROM "rulebooks"
ON CONFLICT DO NOTHING;--> statement-breakpoint
UPDATE "care_requests" r SET "rulebook_version" = b."version"
FROM "rulebooks" b WHERE b."key" = r."rulebook_key" AND r."rulebook_version" IS NULL;--> statement-breakpoint
-- The OKs standing today, as offer events (earlier withdrawals were not recorded and cannot be recovered).
INSERT INTO "care_offer_events" ("request_id", "user_id", "kind", "at")
SELECT "request_id", "user_id", 'offered', COALESCE("responded_at", now()) FROM "care_recipients" WHERE "response" = 'ok';
