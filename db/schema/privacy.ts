import { customType, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

const ts = (name: string) => timestamp(name, { mode: "date", withTimezone: true });

/** Raw bytes (bytea): PGlite hands back a Uint8Array, postgres.js a Buffer; both are read as a Buffer. */
const bytes = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

export const exportStatus = pgEnum("export_status", ["pending", "ready"]);

/**
 * A member's request for a copy of their data (lib/privacy): built by the job runner into a ZIP kept
 * here, in the database, so that any app server can hand it out; deleted when it expires.
 */
export const privacyExports = pgTable(
  "privacy_exports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: exportStatus("status").notNull().default("pending"),
    requestedAt: ts("requested_at").notNull(),
    readyAt: ts("ready_at"),
    /** When the file is deleted (set when it is built). */
    expiresAt: ts("expires_at"),
    zip: bytes("zip"),
  },
  (t) => [index("privacy_exports_user_idx").on(t.userId, t.requestedAt), index("privacy_exports_status_idx").on(t.status)],
);
