ALTER TABLE "care_time_changes" ADD COLUMN "insurance_snapshot" jsonb;--> statement-breakpoint
ALTER TABLE "reliability_records" ADD COLUMN "contest_reason" text;--> statement-breakpoint
ALTER TABLE "reliability_records" ADD COLUMN "contested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reliability_records" ADD COLUMN "contest_rejected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reliability_records" ADD COLUMN "contest_decided_by" text;--> statement-breakpoint
ALTER TABLE "reliability_records" ADD CONSTRAINT "reliability_records_contest_decided_by_users_id_fk" FOREIGN KEY ("contest_decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reliability_expiry_idx" ON "reliability_records" USING btree ("expires_at");