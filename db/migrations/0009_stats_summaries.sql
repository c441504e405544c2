CREATE TABLE "stats_dashboards" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"dashboard" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_member_days" (
	"user_id" text NOT NULL,
	"municipality_id" uuid NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "stats_member_days_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
CREATE TABLE "stats_refreshes" (
	"key" text PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_requests" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"parent_id" text NOT NULL,
	"helper_id" text,
	"kind" "care_kind" NOT NULL,
	"purpose" "care_purpose",
	"start_at" timestamp with time zone NOT NULL,
	"state" "care_state" NOT NULL,
	"matched" boolean NOT NULL,
	"had_offer" boolean NOT NULL,
	"youngest_birth_date" date,
	"actual_minutes" integer,
	"thanks_yen" integer,
	"expenses_yen" integer,
	"settled" boolean NOT NULL,
	"first_time" boolean,
	"would_use_again" boolean,
	"outcomes" text[],
	"surveyed" boolean NOT NULL
);
--> statement-breakpoint
CREATE INDEX "stats_member_days_town_day_idx" ON "stats_member_days" USING btree ("municipality_id","day");--> statement-breakpoint
CREATE INDEX "stats_requests_town_start_idx" ON "stats_requests" USING btree ("municipality_id","start_at");--> statement-breakpoint
CREATE INDEX "care_requests_start_idx" ON "care_requests" USING btree ("start_at");--> statement-breakpoint
CREATE INDEX "care_requests_updated_idx" ON "care_requests" USING btree ("updated_at");