CREATE TABLE "notification_preferences" (
	"user_id" text PRIMARY KEY NOT NULL,
	"off" text[] DEFAULT '{}' NOT NULL,
	"quiet_hours" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "care_requests" ADD COLUMN "widen_group_id" uuid;--> statement-breakpoint
ALTER TABLE "care_requests" ADD COLUMN "widen_user_ids" text[];--> statement-breakpoint
ALTER TABLE "care_requests" ADD COLUMN "widen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "care_requests" ADD COLUMN "widened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_widen_group_id_groups_id_fk" FOREIGN KEY ("widen_group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_requests_widen_idx" ON "care_requests" USING btree ("widen_at") WHERE "care_requests"."widened_at" is null;