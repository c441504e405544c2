import { index, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

export const districtKind = pgEnum("district_kind", ["chome", "school"]);

export const municipalities = pgTable("municipalities", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** 全国地方公共団体コード (6 digits); fictional towns use 99xxxx. */
  code: text("code").notNull().unique(),
  prefectureJa: text("prefecture_ja").notNull(),
  prefectureEn: text("prefecture_en").notNull(),
  nameJa: text("name_ja").notNull(),
  nameEn: text("name_en").notNull(),
});

export const districts = pgTable(
  "districts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id, { onDelete: "cascade" }),
    kind: districtKind("kind").notNull().default("chome"),
    nameJa: text("name_ja").notNull(),
    nameEn: text("name_en").notNull(),
  },
  (t) => [unique().on(t.municipalityId, t.nameJa)],
);

/** Staff of a municipality: they see its statistics, never anyone's personal data. One municipality each. */
export const municipalityStaff = pgTable(
  "municipality_staff",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id, { onDelete: "cascade" }),
    assignedAt: timestamp("assigned_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("municipality_staff_municipality_idx").on(t.municipalityId)],
);

/**
 * Platform admins named by `npm run db:setup` (by e-mail), before they have a member profile: the
 * first admin must be able to create the municipality they will then register in.
 */
export const platformAdmins = pgTable("platform_admins", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  grantedAt: timestamp("granted_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
});
