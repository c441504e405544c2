ALTER TYPE "public"."rsvp_status" ADD VALUE 'held';--> statement-breakpoint
CREATE TABLE "meetup_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rsvp_id" uuid NOT NULL,
	"meetup_id" uuid NOT NULL,
	"member_id" text NOT NULL,
	"organiser_id" text NOT NULL,
	"destination_account_id" text NOT NULL,
	"amount_yen" integer NOT NULL,
	"status" "payment_status" DEFAULT 'pending' NOT NULL,
	"attempt" integer DEFAULT 1 NOT NULL,
	"checkout_session_id" text,
	"payment_intent_id" text,
	"charge_id" text,
	"fee_yen" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone,
	"refund_due_at" timestamp with time zone,
	"refund_requested_at" timestamp with time zone,
	"refunded_at" timestamp with time zone,
	"disputed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meetup_rsvps" ADD COLUMN "hold_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refund_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meetup_payments" ADD CONSTRAINT "meetup_payments_rsvp_id_meetup_rsvps_id_fk" FOREIGN KEY ("rsvp_id") REFERENCES "public"."meetup_rsvps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_payments" ADD CONSTRAINT "meetup_payments_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_payments" ADD CONSTRAINT "meetup_payments_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_payments" ADD CONSTRAINT "meetup_payments_organiser_id_users_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "meetup_payments_one_per_rsvp" ON "meetup_payments" USING btree ("rsvp_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meetup_payments_payment_intent" ON "meetup_payments" USING btree ("payment_intent_id");--> statement-breakpoint
CREATE INDEX "meetup_payments_meetup_idx" ON "meetup_payments" USING btree ("meetup_id");--> statement-breakpoint
CREATE INDEX "meetup_payments_refund_due_idx" ON "meetup_payments" USING btree ("refund_due_at");