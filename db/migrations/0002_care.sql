CREATE TYPE "public"."care_kind" AS ENUM('azukari', 'soge', 'both');--> statement-breakpoint
CREATE TYPE "public"."care_place" AS ENUM('helper_home', 'parent_home', 'other');--> statement-breakpoint
CREATE TYPE "public"."care_state" AS ENUM('open', 'offered', 'matched', 'expired', 'withdrawn', 'cancelled', 'awaiting_report', 'reported', 'disputed', 'completed', 'settled');--> statement-breakpoint
CREATE TYPE "public"."change_status" AS ENUM('pending', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."incident_severity" AS ENUM('minor', 'serious');--> statement-breakpoint
CREATE TYPE "public"."nap_check_state" AS ENUM('asleep_ok', 'awake', 'concern');--> statement-breakpoint
CREATE TYPE "public"."recipient_response" AS ENUM('none', 'ok', 'declined');--> statement-breakpoint
CREATE TYPE "public"."reliability_kind" AS ENUM('late_cancellation', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."serious_kind" AS ENUM('death', 'unconscious', 'injury_30_days');--> statement-breakpoint
CREATE TYPE "public"."settlement_method" AS ENUM('cash', 'card');--> statement-breakpoint
CREATE TABLE "care_detail_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"viewer_id" text NOT NULL,
	"viewed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_feedback" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"thank_you_message" text,
	"first_time" boolean,
	"would_use_again" boolean,
	"outcomes" text[],
	"surveyed_at" timestamp with time zone,
	"thanked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "care_recipients" (
	"request_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"response" "recipient_response" DEFAULT 'none' NOT NULL,
	"message" text,
	"waived" boolean DEFAULT false NOT NULL,
	"sheet_read_at" timestamp with time zone,
	"child_seat_confirmed" boolean DEFAULT false NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "care_recipients_request_id_user_id_pk" PRIMARY KEY("request_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "care_reports" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"actual_start_at" timestamp with time zone NOT NULL,
	"actual_end_at" timestamp with time zone NOT NULL,
	"expenses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"disputed_at" timestamp with time zone,
	"dispute_reason" text,
	"breakdown" jsonb,
	"thanks_yen" integer,
	"expenses_yen" integer,
	"parent_pays_yen" integer
);
--> statement-breakpoint
CREATE TABLE "care_request_children" (
	"request_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	CONSTRAINT "care_request_children_request_id_child_id_pk" PRIMARY KEY("request_id","child_id")
);
--> statement-breakpoint
CREATE TABLE "care_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" text NOT NULL,
	"kind" "care_kind" NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"place" "care_place",
	"place_note" text,
	"pickup_place" text,
	"dropoff_place" text,
	"meal_needed" boolean DEFAULT false NOT NULL,
	"notes" text,
	"audience_group_id" uuid,
	"state" "care_state" DEFAULT 'open' NOT NULL,
	"rulebook_key" text NOT NULL,
	"helper_id" text,
	"matched_at" timestamp with time zone,
	"insured" boolean,
	"insurance_snapshot" jsonb,
	"closed_at" timestamp with time zone,
	"cancelled_by" text,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_requests_end_after_start" CHECK ("care_requests"."end_at" > "care_requests"."start_at"),
	CONSTRAINT "care_requests_helper_when_matched" CHECK ("care_requests"."matched_at" is null or "care_requests"."helper_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "care_settlements" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"method" "settlement_method" DEFAULT 'cash' NOT NULL,
	"parent_confirmed_at" timestamp with time zone,
	"helper_confirmed_at" timestamp with time zone,
	"settled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "care_time_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"proposed_by" text NOT NULL,
	"new_start_at" timestamp with time zone NOT NULL,
	"new_end_at" timestamp with time zone NOT NULL,
	"status" "change_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"reported_by" text NOT NULL,
	"severity" "incident_severity" NOT NULL,
	"serious_kind" "serious_kind",
	"description" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"care_record" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "municipality_rulebooks" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"rulebook_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nap_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"checked_by" text NOT NULL,
	"state" "nap_check_state" NOT NULL,
	"note" text,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"request_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reliability_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" "reliability_kind" NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rulebooks" (
	"key" text PRIMARY KEY NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	"rules" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "care_detail_views" ADD CONSTRAINT "care_detail_views_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_detail_views" ADD CONSTRAINT "care_detail_views_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_detail_views" ADD CONSTRAINT "care_detail_views_viewer_id_users_id_fk" FOREIGN KEY ("viewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_feedback" ADD CONSTRAINT "care_feedback_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_recipients" ADD CONSTRAINT "care_recipients_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_recipients" ADD CONSTRAINT "care_recipients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_reports" ADD CONSTRAINT "care_reports_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_request_children" ADD CONSTRAINT "care_request_children_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_request_children" ADD CONSTRAINT "care_request_children_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_parent_id_users_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_audience_group_id_groups_id_fk" FOREIGN KEY ("audience_group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_rulebook_key_rulebooks_key_fk" FOREIGN KEY ("rulebook_key") REFERENCES "public"."rulebooks"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_helper_id_users_id_fk" FOREIGN KEY ("helper_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_settlements" ADD CONSTRAINT "care_settlements_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_time_changes" ADD CONSTRAINT "care_time_changes_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_time_changes" ADD CONSTRAINT "care_time_changes_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_rulebooks" ADD CONSTRAINT "municipality_rulebooks_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_rulebooks" ADD CONSTRAINT "municipality_rulebooks_rulebook_key_rulebooks_key_fk" FOREIGN KEY ("rulebook_key") REFERENCES "public"."rulebooks"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nap_checks" ADD CONSTRAINT "nap_checks_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nap_checks" ADD CONSTRAINT "nap_checks_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nap_checks" ADD CONSTRAINT "nap_checks_checked_by_users_id_fk" FOREIGN KEY ("checked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_records" ADD CONSTRAINT "reliability_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_records" ADD CONSTRAINT "reliability_records_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_detail_views_request_idx" ON "care_detail_views" USING btree ("request_id","viewed_at");--> statement-breakpoint
CREATE INDEX "care_recipients_user_idx" ON "care_recipients" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "care_requests_parent_idx" ON "care_requests" USING btree ("parent_id","start_at");--> statement-breakpoint
CREATE INDEX "care_requests_helper_idx" ON "care_requests" USING btree ("helper_id","start_at");--> statement-breakpoint
CREATE INDEX "care_requests_due_idx" ON "care_requests" USING btree ("state","start_at");--> statement-breakpoint
CREATE UNIQUE INDEX "care_time_changes_one_pending" ON "care_time_changes" USING btree ("request_id") WHERE "care_time_changes"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "incidents_open_idx" ON "incidents" USING btree ("severity","handled_at");--> statement-breakpoint
CREATE INDEX "nap_checks_request_idx" ON "nap_checks" USING btree ("request_id","checked_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reliability_one_per_care" ON "reliability_records" USING btree ("user_id","request_id","kind");