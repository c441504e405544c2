-- Every member gets a personal link token when the profile is created (no page writes on GET);
-- members made before that get one here: a random base64url string without padding (the form the app checks, [\w-]+).
INSERT INTO "connection_tokens" ("user_id", "token")
SELECT "m"."user_id",
  rtrim(translate(encode(sha256((gen_random_uuid()::text || clock_timestamp()::text || "m"."user_id")::bytea), 'base64'), '+/', '-_'), '=')
FROM "members" "m"
WHERE NOT EXISTS (SELECT 1 FROM "connection_tokens" "t" WHERE "t"."user_id" = "m"."user_id")
ON CONFLICT DO NOTHING;
