CREATE TYPE "public"."care_purpose" AS ENUM('nursery_transport', 'nursery_extended', 'after_school', 'outing', 'other');--> statement-breakpoint
CREATE TYPE "public"."offer_event_kind" AS ENUM('offered', 'withdrawn');--> statement-breakpoint
CREATE TABLE "care_offer_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"kind" "offer_event_kind" NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rulebook_versions" (
	"rulebook_key" text NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"saved_by" text,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rulebook_versions_rulebook_key_version_pk" PRIMARY KEY("rulebook_key","version")
);
--> statement-breakpoint
CREATE TABLE "municipality_staff" (
	"user_id" text PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_admins" (
	"user_id" text PRIMARY KEY NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
ALTER TABLE "care_recipients" DROP CONSTRAINT "care_recipients_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "care_requests" DROP CONSTRAINT "care_requests_parent_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "care_requests" ADD COLUMN "purpose" "care_purpose";--> statement-breakpoint
ALTER TABLE "care_requests" ADD COLUMN "rulebook_version" integer;--> statement-breakpoint
ALTER TABLE "rulebooks" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "care_offer_events" ADD CONSTRAINT "care_offer_events_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_offer_events" ADD CONSTRAINT "care_offer_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rulebook_versions" ADD CONSTRAINT "rulebook_versions_rulebook_key_rulebooks_key_fk" FOREIGN KEY ("rulebook_key") REFERENCES "public"."rulebooks"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rulebook_versions" ADD CONSTRAINT "rulebook_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_staff" ADD CONSTRAINT "municipality_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_staff" ADD CONSTRAINT "municipality_staff_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_admins" ADD CONSTRAINT "platform_admins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_offer_events_request_idx" ON "care_offer_events" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "municipality_staff_municipality_idx" ON "municipality_staff" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "stats_member_days_town_day_idx" ON "stats_member_days" USING btree ("municipality_id","day");--> statement-breakpoint
CREATE INDEX "stats_requests_town_start_idx" ON "stats_requests" USING btree ("municipality_id","start_at");--> statement-breakpoint
ALTER TABLE "care_recipients" ADD CONSTRAINT "care_recipients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_parent_id_users_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_requests_start_idx" ON "care_requests" USING btree ("start_at");--> statement-breakpoint
CREATE INDEX "care_requests_updated_idx" ON "care_requests" USING btree ("updated_at");