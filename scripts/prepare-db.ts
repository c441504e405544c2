import { openDb, targetFrom } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import type { Keyring } from "@/lib/crypto/sealed";
import { seedDemoSite } from "@/lib/demo/workflows/seed-site";
import type { Env } from "@/lib/env";

/** Applies migrations, and on the embedded default seeds the demo data the first time. */
export async function prepareDatabase(settings: Env, { seedIfNew, key }: { seedIfNew: boolean; key: Keyring }) {
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
