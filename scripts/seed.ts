import { pathToFileURL } from "node:url";
import { openDb, targetFrom } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { demoMunicipalities } from "@/db/seed/data";
import { seedDemoSite } from "@/lib/demo/workflows/seed-site";
import { env } from "@/lib/env";
import { localKeys } from "./local-secrets";

// `npm run db:seed`: the demo town on the configured database, through the app's own workflows.
async function main() {
  const handle = openDb(targetFrom(env()));
  try {
    await migrateDatabase(handle);
    // The same local key `npm run dev` uses, so that the children's details it seals can be read there.
    const { members: count } = await seedDemoSite(handle.db, localKeys(env()));
    console.log(`Demo data ready: ${demoMunicipalities.length} municipalities, ${count} members.`);
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
