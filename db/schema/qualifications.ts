import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

export const qualificationKind = pgEnum("qualification_kind", ["hoikushi", "kindergarten_teacher", "nurse", "other"]);

/** A childcare qualification; it earns the supplement only once an admin has verified it. */
export const qualifications = pgTable(
  "qualifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: qualificationKind("kind").notNull(),
    verifiedAt: timestamp("verified_at", { mode: "date", withTimezone: true }),
    verifiedBy: text("verified_by").references(() => users.id),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("qualifications_user_idx").on(t.userId)],
);
