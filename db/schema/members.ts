import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { districts, municipalities } from "./places";

export const capability = pgEnum("capability", ["parent", "supporter", "organiser", "staff", "admin"]);
/** "left": the member deleted their account; the row stays, anonymised, for the statistics (lib/privacy). */
export const accountStatus = pgEnum("account_status", ["active", "suspended", "left"]);
export const locale = pgEnum("locale", ["ja", "en"]);

/** A member's profile; the row exists once onboarding is complete. */
export const members = pgTable(
  "members",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    displayName: text("display_name").notNull(),
    nameKana: text("name_kana").notNull(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id),
    birthDate: date("birth_date", { mode: "string" }).notNull(),
    /**
     * E.164, e.g. +819012345678. Null when someone else verified the number this member had
     * claimed without verifying it: they are asked for their number again.
     */
    phone: text("phone"),
    /** When the member entered the code sent to `phone` by SMS; null until then (and after a change of number). */
    phoneVerifiedAt: timestamp("phone_verified_at", { mode: "date", withTimezone: true }),
    capabilities: capability("capabilities").array().notNull().default(sql`'{}'::capability[]`),
    status: accountStatus("status").notNull().default("active"),
    locale: locale("locale").notNull().default("ja"),
    /**
     * The last day of the current organiser certification (認定サポーター), null if never certified:
     * written with each approval, in its transaction (organiser_applications holds the periods).
     */
    organiserCertifiedUntil: date("organiser_certified_until", { mode: "string" }),
    termsAcceptedAt: timestamp("terms_accepted_at", { mode: "date", withTimezone: true }).notNull(),
    privacyAcceptedAt: timestamp("privacy_accepted_at", { mode: "date", withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("members_municipality_idx").on(t.municipalityId),
    // One person, one account: a verified phone number belongs to one member. An unverified claim
    // blocks nobody (else anyone could squat a neighbour's number); verifying it drops the others.
    uniqueIndex("members_phone_verified_unique").on(t.phone).where(sql`${t.phoneVerifiedAt} is not null`),
    index("members_phone_idx").on(t.phone),
    check("members_phone_e164", sql`${t.phone} ~ '^\\+81[0-9]{9,10}$'`),
  ],
);
