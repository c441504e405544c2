import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
/** One type for both drivers; a transaction is assignable to it as well. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbTarget =
  | { kind: "postgres"; url: string; max?: number }
  | { kind: "pglite"; dataDir: string }
  // A snapshot (a dumped data folder) skips initdb and the migrations, which cost seconds each time.
  | { kind: "pglite-memory"; snapshot?: Blob };

export interface DbHandle {
  db: Db;
  target: DbTarget;
  close(): Promise<void>;
}

/** `onQuery` hears every statement sent (tests count a page's queries with it). */
export function openDb(target: DbTarget, { onQuery }: { onQuery?: (sql: string) => void } = {}): DbHandle {
  const logger = onQuery ? { logQuery: (sql: string) => onQuery(sql) } : undefined;
  if (target.kind === "postgres") {
    const client = postgres(target.url, { max: target.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema, casing: "snake_case", logger }) as unknown as Db;
    return { db, target, close: () => client.end({ timeout: 5 }) };
  }
  if (target.kind === "pglite") mkdirSync(target.dataDir, { recursive: true });
  const client =
    target.kind === "pglite" ? new PGlite(target.dataDir) : new PGlite(target.snapshot ? { loadDataDir: target.snapshot } : {});
  const db = drizzlePglite(client, { schema, casing: "snake_case", logger }) as unknown as Db;
  return { db, target, close: () => client.close() };
}

export function targetFrom(settings: { DATABASE_URL?: string; PGLITE_DIR: string; DATABASE_POOL_SIZE?: number }): DbTarget {
  return settings.DATABASE_URL
    ? { kind: "postgres", url: settings.DATABASE_URL, max: settings.DATABASE_POOL_SIZE }
    : { kind: "pglite", dataDir: settings.PGLITE_DIR };
}
