CREATE TYPE "public"."meetup_frequency" AS ENUM('weekly', 'monthly');--> statement-breakpoint
CREATE TYPE "public"."meetup_status" AS ENUM('scheduled', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."met_request_status" AS ENUM('pending', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."rsvp_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"user_id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "meetup_connection_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meetup_id" uuid NOT NULL,
	"from_user" text NOT NULL,
	"to_user" text NOT NULL,
	"status" "met_request_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "meetup_connection_requests_pair" UNIQUE("meetup_id","from_user","to_user")
);
--> statement-breakpoint
CREATE TABLE "meetup_rsvps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meetup_id" uuid NOT NULL,
	"member_id" text NOT NULL,
	"adults" integer NOT NULL,
	"children" integer NOT NULL,
	"status" "rsvp_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "meetup_rsvps_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"ticket_token" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" text,
	"walk_in" boolean DEFAULT false NOT NULL,
	CONSTRAINT "meetup_rsvps_party" CHECK ("meetup_rsvps"."adults" >= 1 and "meetup_rsvps"."children" >= 0)
);
--> statement-breakpoint
CREATE TABLE "meetup_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" text NOT NULL,
	"frequency" "meetup_frequency" NOT NULL,
	"until" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" text NOT NULL,
	"municipality_id" uuid NOT NULL,
	"series_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"venue_name" text NOT NULL,
	"venue_address" text NOT NULL,
	"map_url" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity_adults" integer NOT NULL,
	"capacity_children" integer NOT NULL,
	"age_min" integer DEFAULT 0 NOT NULL,
	"age_max" integer DEFAULT 12 NOT NULL,
	"fee_yen" integer DEFAULT 0 NOT NULL,
	"status" "meetup_status" DEFAULT 'scheduled' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetups_ends_after_start" CHECK ("meetups"."ends_at" > "meetups"."starts_at"),
	CONSTRAINT "meetups_capacity" CHECK ("meetups"."capacity_adults" > 0 and "meetups"."capacity_children" >= 0),
	CONSTRAINT "meetups_age_band" CHECK ("meetups"."age_min" >= 0 and "meetups"."age_max" >= "meetups"."age_min" and "meetups"."age_max" <= 18),
	CONSTRAINT "meetups_fee" CHECK ("meetups"."fee_yen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "connections" ADD COLUMN "meetup_id" uuid;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_connection_requests" ADD CONSTRAINT "meetup_connection_requests_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_connection_requests" ADD CONSTRAINT "meetup_connection_requests_from_user_users_id_fk" FOREIGN KEY ("from_user") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_connection_requests" ADD CONSTRAINT "meetup_connection_requests_to_user_users_id_fk" FOREIGN KEY ("to_user") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_rsvps" ADD CONSTRAINT "meetup_rsvps_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_rsvps" ADD CONSTRAINT "meetup_rsvps_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_rsvps" ADD CONSTRAINT "meetup_rsvps_checked_in_by_users_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_series" ADD CONSTRAINT "meetup_series_organiser_id_users_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetups" ADD CONSTRAINT "meetups_organiser_id_users_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetups" ADD CONSTRAINT "meetups_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetups" ADD CONSTRAINT "meetups_series_id_meetup_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."meetup_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meetup_connection_requests_to_idx" ON "meetup_connection_requests" USING btree ("to_user");--> statement-breakpoint
CREATE UNIQUE INDEX "meetup_rsvps_one_live" ON "meetup_rsvps" USING btree ("meetup_id","member_id") WHERE "meetup_rsvps"."status" <> 'cancelled';--> statement-breakpoint
CREATE UNIQUE INDEX "meetup_rsvps_ticket" ON "meetup_rsvps" USING btree ("ticket_token");--> statement-breakpoint
CREATE INDEX "meetup_rsvps_meetup_idx" ON "meetup_rsvps" USING btree ("meetup_id","status","seq");--> statement-breakpoint
CREATE INDEX "meetup_rsvps_member_idx" ON "meetup_rsvps" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "meetup_series_organiser_idx" ON "meetup_series" USING btree ("organiser_id");--> statement-breakpoint
CREATE INDEX "meetups_municipality_starts_idx" ON "meetups" USING btree ("municipality_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetups_organiser_idx" ON "meetups" USING btree ("organiser_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetups_series_idx" ON "meetups" USING btree ("series_id","starts_at");--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE set null ON UPDATE no action;