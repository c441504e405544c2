CREATE TYPE "public"."appeal_outcome" AS ENUM('lifted', 'upheld');--> statement-breakpoint
CREATE TYPE "public"."desk_category" AS ENUM('safety', 'money', 'account', 'other', 'appeal');--> statement-breakpoint
CREATE TYPE "public"."desk_thread_state" AS ENUM('open', 'answered', 'closed');--> statement-breakpoint
CREATE TYPE "public"."report_category" AS ENUM('child_safety', 'violence', 'harassment', 'money', 'spam', 'other');--> statement-breakpoint
CREATE TYPE "public"."report_decision" AS ENUM('no_action', 'warning', 'suspension');--> statement-breakpoint
CREATE TYPE "public"."report_message" AS ENUM('request_note', 'thank_you');--> statement-breakpoint
CREATE TYPE "public"."report_state" AS ENUM('new', 'in_review', 'decided');--> statement-breakpoint
CREATE TYPE "public"."report_target" AS ENUM('member', 'care', 'message');--> statement-breakpoint
CREATE TABLE "blocked_phones" (
	"phone_key" text PRIMARY KEY NOT NULL,
	"user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "desk_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"admin_id" text,
	"from_desk" boolean NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "desk_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text,
	"email" text,
	"locale" "locale" DEFAULT 'ja' NOT NULL,
	"category" "desk_category" NOT NULL,
	"state" "desk_thread_state" DEFAULT 'open' NOT NULL,
	"appeal_outcome" "appeal_outcome",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reporter_id" text,
	"reported_id" text,
	"target" "report_target" NOT NULL,
	"request_id" uuid,
	"message" "report_message",
	"category" "report_category" NOT NULL,
	"text" text NOT NULL,
	"state" "report_state" DEFAULT 'new' NOT NULL,
	"respond_by" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone,
	"decision" "report_decision",
	"decision_reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "blocked_phones" ADD CONSTRAINT "blocked_phones_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_messages" ADD CONSTRAINT "desk_messages_thread_id_desk_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."desk_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_messages" ADD CONSTRAINT "desk_messages_admin_id_users_id_fk" FOREIGN KEY ("admin_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_threads" ADD CONSTRAINT "desk_threads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reported_id_users_id_fk" FOREIGN KEY ("reported_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "desk_messages_thread_idx" ON "desk_messages" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "desk_threads_user_idx" ON "desk_threads" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "desk_threads_queue_idx" ON "desk_threads" USING btree ("state","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "desk_threads_one_appeal" ON "desk_threads" USING btree ("user_id") WHERE "desk_threads"."category" = 'appeal';--> statement-breakpoint
CREATE INDEX "reports_queue_idx" ON "reports" USING btree ("state","respond_by");--> statement-breakpoint
CREATE INDEX "reports_reported_idx" ON "reports" USING btree ("reported_id");