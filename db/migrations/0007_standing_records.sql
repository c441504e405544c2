CREATE TYPE "public"."identity_document" AS ENUM('drivers_licence', 'my_number_card', 'passport', 'residence_card', 'other');--> statement-breakpoint
CREATE TYPE "public"."single_parent_document" AS ENUM('child_rearing_allowance', 'single_parent_medical', 'family_register', 'other');--> statement-breakpoint
CREATE TYPE "public"."verification_status" AS ENUM('applied', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "organiser_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"status" "verification_status" DEFAULT 'applied' NOT NULL,
	"identity_document" "identity_document" NOT NULL,
	"identity_document_last4" text,
	"training" jsonb NOT NULL,
	"reject_reason" text,
	"valid_from" date,
	"valid_until" date,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organiser_applications_last4" CHECK ("organiser_applications"."identity_document_last4" is null or "organiser_applications"."identity_document_last4" ~ '^[0-9A-Za-z]{4}$')
);
--> statement-breakpoint
CREATE TABLE "single_parent_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"status" "verification_status" DEFAULT 'applied' NOT NULL,
	"document" "single_parent_document",
	"reject_reason" text,
	"valid_until" date,
	"verified_at" timestamp with time zone,
	"verified_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "qualifications" ADD COLUMN "certificate_number" text NOT NULL;--> statement-breakpoint
ALTER TABLE "qualifications" ADD COLUMN "status" "verification_status" DEFAULT 'applied' NOT NULL;--> statement-breakpoint
ALTER TABLE "qualifications" ADD COLUMN "reject_reason" text;--> statement-breakpoint
ALTER TABLE "qualifications" ADD COLUMN "valid_until" date;--> statement-breakpoint
ALTER TABLE "organiser_applications" ADD CONSTRAINT "organiser_applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organiser_applications" ADD CONSTRAINT "organiser_applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "single_parent_verifications" ADD CONSTRAINT "single_parent_verifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "single_parent_verifications" ADD CONSTRAINT "single_parent_verifications_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organiser_applications_user_idx" ON "organiser_applications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organiser_applications_one_open" ON "organiser_applications" USING btree ("user_id") WHERE "organiser_applications"."status" = 'applied';--> statement-breakpoint
CREATE INDEX "single_parent_verifications_user_idx" ON "single_parent_verifications" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "single_parent_verifications_one_open" ON "single_parent_verifications" USING btree ("user_id") WHERE "single_parent_verifications"."status" = 'applied';--> statement-breakpoint
CREATE UNIQUE INDEX "qualifications_one_open" ON "qualifications" USING btree ("user_id","kind") WHERE "qualifications"."status" = 'applied';--> statement-breakpoint
ALTER TABLE "members" DROP COLUMN "single_parent_verified_at";