import { pathToFileURL } from "node:url";
import { openDb, targetFrom } from "@/db/client";
import { sealCareTexts } from "@/lib/care/workflows/seal-care-texts";
import { rotateKeys } from "@/lib/children/workflows/rotate-keys";
import { EnvError, env } from "@/lib/env";
import { localKeys } from "./local-secrets";

// `npm run keys:rotate`: re-seals every child's details, nap note and incident text under ENCRYPTION_KEY (on the embedded
// default without one, the local key `npm run dev` uses), opening them with whichever key of
// ENCRYPTION_KEYS_PREVIOUS sealed them. Safe to stop and run again.
async function main() {
  const settings = env();
  const keys = localKeys(settings);
  const handle = openDb(targetFrom(settings));
  try {
    console.log(
      `Re-sealing children's details under key ${keys.current.id}` +
        (keys.previous.length ? ` (previous: ${keys.previous.map((k) => k.id).join(", ")})` : "") +
        ".",
    );
    const result = await rotateKeys(handle.db, keys, {
      onBatch: (p) => console.log(`  ${p.resealed}/${p.total} re-sealed`),
    });
    const texts = await sealCareTexts(handle.db, keys, { reseal: true });
    console.log(`  ${texts} nap notes and incident texts sealed under key ${keys.current.id}.`);
    console.log(
      `Done: ${result.resealed} re-sealed; every child's details, nap note and incident text are under key ${keys.current.id}. The previous keys may now be removed.`,
    );
  } finally {
    await handle.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e instanceof EnvError ? e.message : e instanceof Error ? `keys:rotate stopped: ${e.message}` : e);
    process.exit(1);
  });
}
