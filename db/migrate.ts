import { fileURLToPath, pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { env } from "@/lib/env";
import { type DbHandle, openDb, targetFrom } from "./client";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));
// Several app servers may start at once against one PostgreSQL: one migrates, the others wait.
const MIGRATION_LOCK = 7_416_327;

/** Applies every committed migration that has not run yet. Returns true if the database was empty. */
export async function migrateDatabase(handle: DbHandle): Promise<{ fresh: boolean }> {
  const { db, target } = handle;
  const before = await db.execute(sql`select to_regclass('public.municipalities') is not null as exists`);
  const fresh = !rowsOf<{ exists: boolean }>(before)[0]?.exists;
  if (target.kind === "postgres") {
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await migratePostgres(db as unknown as PostgresJsDatabase, { migrationsFolder });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  } else {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
  }
  return { fresh };
}

/** Rows of a raw `execute`, which postgres.js returns as an array and PGlite as `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

async function main() {
  const target = targetFrom(env());
  // A single connection, so that the advisory lock and the migration share it.
  const handle = openDb(target.kind === "postgres" ? { ...target, max: 1 } : target);
  try {
    const { fresh } = await migrateDatabase(handle);
    console.log(`Migrations applied (${target.kind}${fresh ? ", new database" : ""}).`);
  } finally {
    await handle.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
