import { openDb, targetFrom } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { sealCareTexts } from "@/lib/care/workflows/seal-care-texts";
import type { Keyring } from "@/lib/crypto/sealed";
import { seedDemoSite } from "@/lib/demo/workflows/seed-site";
import type { Env } from "@/lib/env";

/** Applies migrations and seals nap notes and incident texts written before sealing; on the embedded default seeds the demo data the first time. */
export async function prepareDatabase(settings: Env, { seedIfNew, key }: { seedIfNew: boolean; key: Keyring }) {
  const target = targetFrom(settings);
  const handle = openDb(target.kind === "postgres" ? { ...target, max: 1 } : target);
  try {
    const { fresh } = await migrateDatabase(handle);
    await sealCareTexts(handle.db, key, { reseal: false });
    if (fresh && seedIfNew) {
      await seedDemoSite(handle.db, key);
      return { target, seeded: true };
    }
    return { target, seeded: false };
  } finally {
    await handle.close();
  }
}
