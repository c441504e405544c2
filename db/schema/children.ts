import { date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

/**
 * A parent's child. Everything beyond name, kana and birth date (health details, the pre-care
 * sheet, emergency contacts, who may collect) is one encrypted JSON document: see lib/children.
 */
export const children = pgTable(
  "children",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    parentId: text("parent_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    nameKana: text("name_kana").notNull(),
    birthDate: date("birth_date", { mode: "string" }).notNull(),
    /** AES-256-GCM ciphertext of the child's care details (lib/crypto). Null once the child is removed. */
    detailsEncrypted: text("details_encrypted"),
    /** When the parent consented to storing health details (要配慮個人情報); null if none were given. */
    healthConsentAt: timestamp("health_consent_at", { mode: "date", withTimezone: true }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    /** Removed by the parent: details are erased, the row stays for past care records. */
    removedAt: timestamp("removed_at", { mode: "date", withTimezone: true }),
  },
  (t) => [index("children_parent_idx").on(t.parentId)],
);
