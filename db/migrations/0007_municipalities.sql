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
ALTER TABLE "care_recipients" ADD CONSTRAINT "care_recipients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_parent_id_users_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;