import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { inject } from "vitest";
import { type DbHandle, openDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { env } from "@/lib/env";

export type TestDbKind = "pglite" | "postgres";
/**
 * The integration files that run on the embedded PGlite as well as on PostgreSQL: the database
 * layer (errors, migrations, the demo seed, setup), the care loop (post, choose, complete),
 * children's sealed details, the job runner (which runs inside the app on the embedded default),
 * and the areas that read through raw SQL (privacy, statistics), where the two drivers' results
 * differ in shape. Every other file runs on PostgreSQL only: PGlite is the same PostgreSQL, and a
 * file on PGlite costs about four CPU-seconds more (these files took 85 CPU-seconds on both and
 * 30 on PostgreSQL alone).
 */
const ALSO_ON_PGLITE = new Set([
  "db/errors.integ.test.ts",
  "db/seed/town.integ.test.ts",
  "lib/municipalities/workflows/setup-platform.integ.test.ts",
  "lib/care/workflows/post-request.integ.test.ts",
  "lib/care/workflows/choose.integ.test.ts",
  "lib/care/workflows/completion.integ.test.ts",
  "lib/children/workflows/children.integ.test.ts",
  "lib/jobs/workflows/send-deliveries.integ.test.ts",
  "lib/privacy/workflows/privacy.integ.test.ts",
  "lib/stats/workflows/refresh.integ.test.ts",
]);

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The databases the integration file at `fileUrl` (its import.meta.url) runs on. */
export function testDbKindsOf(fileUrl: string): TestDbKind[] {
  const file = fileURLToPath(fileUrl).slice(ROOT.length);
  return ALSO_ON_PGLITE.has(file) ? ["pglite", "postgres"] : ["postgres"];
}

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated PGlite data folder (tar), made by test/integ-setup.ts and kept until the migrations change. */
    pgliteSnapshot?: string;
    /** A migrated PostgreSQL database that this run's test databases are copied from. */
    pgTemplate?: string;
  }
}

/**
 * A fresh, migrated database of its own: PGlite in memory, or a new PostgreSQL database dropped on
 * close. `onQuery` hears every statement sent through the handle.
 */
export async function createTestDb(kind: TestDbKind, options: { onQuery?: (sql: string) => void } = {}): Promise<DbHandle> {
  if (kind === "pglite") {
    const snapshot = snapshotBlob();
    const handle = openDb({ kind: "pglite-memory", snapshot }, options);
    if (!snapshot) await migrateDatabase(handle);
    return handle;
  }
  const template = provided("pgTemplate");
  const name = `otagai_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(env().TEST_PG_ADMIN_URL, { max: 1, onnotice: () => {} });
  await createDatabase(admin, name, template);
  const handle = openDb({ kind: "postgres", url: databaseUrl(name), max: 20 }, options);
  if (!template) await migrateDatabase(handle);
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Migrates once for the whole run: a PGlite snapshot file and a PostgreSQL template database. */
export async function prepareTestDatabases(): Promise<{ pgliteSnapshot: string; pgTemplate: string; dispose(): Promise<void> }> {
  const pgliteSnapshot = await pgliteSnapshotFile();
  const pgTemplate = `otagai_tpl_${randomBytes(6).toString("hex")}`;
  const admin = postgres(env().TEST_PG_ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${pgTemplate}`);
  // One connection: the migration's advisory lock and the migration must share it.
  const handle = openDb({ kind: "postgres", url: databaseUrl(pgTemplate), max: 1 });
  await migrateDatabase(handle);
  await handle.close();
  return {
    pgliteSnapshot,
    pgTemplate,
    async dispose() {
      await admin.unsafe(`drop database if exists ${pgTemplate} with (force)`);
      await admin.end();
    },
  };
}

function databaseUrl(name: string): string {
  const url = new URL(env().TEST_PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function createDatabase(admin: postgres.Sql, name: string, template: string | undefined) {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
      return;
    } catch (e) {
      // 55006: the template still has a session open (the one that migrated it is closing).
      if ((e as { code?: string }).code !== "55006" || attempt >= 50) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function provided<K extends "pgliteSnapshot" | "pgTemplate">(key: K): string | undefined {
  try {
    return inject(key);
  } catch {
    return undefined;
  }
}

let snapshot: Blob | undefined;
function snapshotBlob(): Blob | undefined {
  const file = provided("pgliteSnapshot");
  if (!file || !existsSync(file)) return undefined;
  snapshot ??= new Blob([readFileSync(file)]);
  return snapshot;
}

/** Kept between runs, named after what it depends on: the migrations and the PGlite version. */
async function pgliteSnapshotFile(): Promise<string> {
  const root = fileURLToPath(new URL("../", import.meta.url));
  const migrations = `${root}db/migrations`;
  const hash = createHash("sha256");
  hash.update(readFileSync(`${root}node_modules/@electric-sql/pglite/package.json`));
  for (const f of readdirSync(migrations, { recursive: true, encoding: "utf8" }).sort()) {
    if (f.endsWith(".sql") || f.endsWith(".json")) hash.update(f).update(readFileSync(`${migrations}/${f}`));
  }
  const dir = `${root}node_modules/.cache/otagai-test`;
  const file = `${dir}/pglite-${hash.digest("hex").slice(0, 16)}.tar`;
  if (existsSync(file)) return file;
  const handle = openDb({ kind: "pglite-memory" });
  await migrateDatabase(handle);
  const tar = await (handle.db as unknown as { $client: PGlite }).$client.dumpDataDir("none");
  await handle.close();
  mkdirSync(dir, { recursive: true });
  // Written aside then renamed, so that a run started meanwhile never reads half a file.
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, Buffer.from(await tar.arrayBuffer()));
  renameSync(part, file);
  return file;
}
