import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname } from "node:path";
import { openDb, targetFrom } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoSite } from "@/db/seed";
import { type Env, env } from "@/lib/env";

/** Applies migrations, and on the embedded default seeds the demo data the first time. */
export async function prepareDatabase(settings: Env, { seedIfNew, key }: { seedIfNew: boolean; key: Buffer }) {
  const target = targetFrom(settings);
  const handle = openDb(target.kind === "postgres" ? { ...target, max: 1 } : target);
  try {
    const { fresh } = await migrateDatabase(handle);
    if (fresh && seedIfNew) {
      await seedDemoSite(handle.db, key);
      return { target, seeded: true };
    }
    return { target, seeded: false };
  } finally {
    await handle.close();
  }
}

/** A secret kept beside the embedded database, generated once, so nothing needs setting up locally. */
function localFile(settings: Env, name: string, bytes: number): string {
  const file = `${dirname(settings.PGLITE_DIR)}/${name}`;
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(bytes).toString("base64");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** AUTH_SECRET and ENCRYPTION_KEY for the child process: the configured ones, else local ones. */
export function localSecrets(settings: Env): { AUTH_SECRET: string; ENCRYPTION_KEY: string } {
  return {
    AUTH_SECRET: settings.AUTH_SECRET ?? localFile(settings, "auth-secret", 33),
    ENCRYPTION_KEY: settings.ENCRYPTION_KEY ?? localFile(settings, "encryption-key", 32),
  };
}

export { env };
