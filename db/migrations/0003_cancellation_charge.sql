ALTER TABLE "care_requests" ADD COLUMN "cancellation_charge_yen" integer;--> statement-breakpoint
ALTER TABLE "care_requests" ADD COLUMN "cancellation_charge" jsonb;