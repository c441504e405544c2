import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { env } from "@/lib/env";
import { type DbHandle, openDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export type TestDbKind = "pglite" | "postgres";
export const testDbKinds: TestDbKind[] = ["pglite", "postgres"];

/** A fresh, migrated database of its own: PGlite in memory, or a new PostgreSQL database dropped on close. */
export async function createTestDb(kind: TestDbKind): Promise<DbHandle> {
  if (kind === "pglite") {
    const handle = openDb({ kind: "pglite-memory" });
    await migrateDatabase(handle);
    return handle;
  }
  const adminUrl = env().TEST_PG_ADMIN_URL;
  const name = `otagai_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openDb({ kind: "postgres", url: url.toString(), max: 20 });
  await migrateDatabase(handle);
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
