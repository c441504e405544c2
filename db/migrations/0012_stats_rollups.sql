CREATE TABLE "stats_changes" (
	"kind" text NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "stats_changes_kind_key_pk" PRIMARY KEY("kind","key")
);
--> statement-breakpoint
CREATE TABLE "stats_dirty_months" (
	"municipality_id" uuid NOT NULL,
	"month" text NOT NULL,
	CONSTRAINT "stats_dirty_months_municipality_id_month_pk" PRIMARY KEY("municipality_id","month")
);
--> statement-breakpoint
CREATE TABLE "stats_landing" (
	"key" text PRIMARY KEY NOT NULL,
	"groups" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_months" (
	"municipality_id" uuid NOT NULL,
	"month" text NOT NULL,
	"tally" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "stats_months_municipality_id_month_pk" PRIMARY KEY("municipality_id","month")
);
