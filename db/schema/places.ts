import { pgEnum, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";

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
