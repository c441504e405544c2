import { pathToFileURL } from "node:url";
import { openDb, targetFrom } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { sealCareTexts } from "@/lib/care/workflows/seal-care-texts";
import { env } from "@/lib/env";
import { setupPlatform } from "@/lib/municipalities/workflows/setup-platform";
import { localKeys } from "./local-secrets";

const USAGE = "usage: npm run db:setup -- [--admin you@example.jp]";

/** The e-mail after --admin (or --admin=…), if given. */
export function adminEmailFrom(args: readonly string[]): string | null {
  const [arg, next] = args;
  if (arg === undefined) return null;
  if (arg.startsWith("--admin=") && args.length === 1) return checkEmail(arg.slice("--admin=".length));
  if (arg === "--admin" && args.length <= 2) return checkEmail(next ?? "");
  throw new Error(`unexpected arguments: ${args.join(" ")}\n${USAGE}`);
}

function checkEmail(email: string): string {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`not an e-mail address: "${email}"\n${USAGE}`);
  return email.toLowerCase();
}

// `npm run db:setup`: migrations, nap notes and incident texts from before sealing sealed, the default
// rulebook and a first admin, on the configured database.
async function main() {
  const adminEmail = adminEmailFrom(process.argv.slice(2));
  const settings = env();
  const handle = openDb(targetFrom(settings));
  try {
    await migrateDatabase(handle);
    const sealed = await sealCareTexts(handle.db, localKeys(settings), { reseal: false });
    if (sealed > 0) console.log(`${sealed} nap notes and incident texts sealed.`);
    const { rulebookCreated } = await setupPlatform(handle.db, adminEmail, new Date());
    console.log(rulebookCreated ? "Default rulebook created." : "Default rulebook already there.");
    if (adminEmail) console.log(`${adminEmail} is an admin: sign in with that address.`);
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
