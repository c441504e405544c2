import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { DESK_STATUSES, IDENTITY_DOCUMENTS } from "@/lib/members/certification";
import { QUALIFICATION_KINDS, SINGLE_PARENT_DOCUMENTS } from "@/lib/members/standing";
import { users } from "./auth";

export const qualificationKind = pgEnum("qualification_kind", QUALIFICATION_KINDS);

/** Where a member's claim stands at the admin desk: asked for, then approved or rejected (with a reason). */
export const verificationStatus = pgEnum("verification_status", DESK_STATUSES);

/** The identity document an admin looked at; never a copy of it. */
export const identityDocument = pgEnum("identity_document", IDENTITY_DOCUMENTS);

/** The document an admin saw for single-parent status; never a copy of it. */
export const singleParentDocument = pgEnum("single_parent_document", SINGLE_PARENT_DOCUMENTS);

const ts = (name: string) => timestamp(name, { mode: "date", withTimezone: true });
const userRef = (name: string) => text(name).references(() => users.id);

/**
 * An application to become (or stay) a certified organiser (認定サポーター). Approved, it lasts a
 * year (a renewal from the current end); members.organiser_certified_until holds the current end.
 */
export const organiserApplications = pgTable(
  "organiser_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: verificationStatus("status").notNull().default("applied"),
    /** What the member said they will show; the admin records what was seen on approval. */
    identityDocument: identityDocument("identity_document").notNull(),
    /** The last four characters of the document's number, as the admin checked them; never the whole number. */
    identityDocumentLast4: text("identity_document_last4"),
    /** [{ module, completedOn }]: the training modules the member completed, with their dates. */
    training: jsonb("training").notNull(),
    rejectReason: text("reject_reason"),
    validFrom: date("valid_from", { mode: "string" }),
    validUntil: date("valid_until", { mode: "string" }),
    decidedBy: userRef("decided_by"),
    decidedAt: ts("decided_at"),
    /** When the member was reminded that this period ends: once per period. */
    remindedAt: ts("reminded_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("organiser_applications_user_idx").on(t.userId, t.createdAt),
    // One application waiting at the desk per member.
    uniqueIndex("organiser_applications_one_open").on(t.userId).where(sql`${t.status} = 'applied'`),
    check("organiser_applications_last4", sql`${t.identityDocumentLast4} is null or ${t.identityDocumentLast4} ~ '^[0-9A-Za-z]{4}$'`),
  ],
);

/** A childcare qualification; it earns the supplement only once an admin has verified it, until its expiry. */
export const qualifications = pgTable(
  "qualifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: qualificationKind("kind").notNull(),
    certificateNumber: text("certificate_number").notNull(),
    status: verificationStatus("status").notNull().default("applied"),
    rejectReason: text("reject_reason"),
    /** Set by the admin: the last day the verification counts. */
    validUntil: date("valid_until", { mode: "string" }),
    verifiedAt: ts("verified_at"),
    verifiedBy: userRef("verified_by"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("qualifications_user_idx").on(t.userId),
    uniqueIndex("qualifications_one_open").on(t.userId, t.kind).where(sql`${t.status} = 'applied'`),
  ],
);

/** A member asks for their single-parent status to be verified (for the thank-you discount). */
export const singleParentVerifications = pgTable(
  "single_parent_verifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: verificationStatus("status").notNull().default("applied"),
    /** The document the admin saw. */
    document: singleParentDocument("document"),
    rejectReason: text("reject_reason"),
    validUntil: date("valid_until", { mode: "string" }),
    verifiedAt: ts("verified_at"),
    verifiedBy: userRef("verified_by"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("single_parent_verifications_user_idx").on(t.userId),
    uniqueIndex("single_parent_verifications_one_open").on(t.userId).where(sql`${t.status} = 'applied'`),
  ],
);
