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
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type DbTarget =
  | { kind: "postgres"; url: string; max?: number }
  | { kind: "pglite"; dataDir: string }
  | { kind: "pglite-memory" };

export interface DbHandle {
  db: Db;
  target: DbTarget;
  close(): Promise<void>;
}

export function openDb(target: DbTarget): DbHandle {
  if (target.kind === "postgres") {
    const client = postgres(target.url, { max: target.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema, casing: "snake_case" }) as unknown as Db;
    return { db, target, close: () => client.end({ timeout: 5 }) };
  }
  if (target.kind === "pglite") mkdirSync(target.dataDir, { recursive: true });
  const client = new PGlite(target.kind === "pglite" ? target.dataDir : undefined);
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db;
  return { db, target, close: () => client.close() };
}

export function targetFrom(settings: { DATABASE_URL?: string; PGLITE_DIR: string }): DbTarget {
  return settings.DATABASE_URL
    ? { kind: "postgres", url: settings.DATABASE_URL }
    : { kind: "pglite", dataDir: settings.PGLITE_DIR };
}
