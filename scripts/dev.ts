import { spawn } from "node:child_process";
import { EnvError, env } from "@/lib/env";
import { localKeys, localSecrets } from "./local-secrets";
import { prepareDatabase } from "./prepare-db";

// `npm run dev`: the embedded database (or DATABASE_URL), migrated and seeded, then `next dev`.
async function main() {
  const settings = env();
  const secrets = localSecrets(settings);
  const { target, seeded } = await prepareDatabase(settings, { seedIfNew: true, key: localKeys(settings) });
  const childEnv = {
    ...process.env,
    ...secrets,
    // On Ctrl-C, `next dev` kills its server 100 ms after asking it to stop, before Turbopack has
    // written its cache to .next/dev: every start then compiled everything again (measured: the
    // health check 11 s and the sign-in page 9 s after a restart, against 7.5 s and 2 s with the
    // cache). With this (Next.js's own switch for waiting on Turbopack's shutdown) stopping takes a
    // second or two longer and the next start reuses the cache.
    __NEXT_DEV_WAIT_FOR_TURBOPACK_SHUTDOWN: "1",
  };
  const where = target.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${settings.PGLITE_DIR}`;
  console.log(`\nOtagai: database ${where}${seeded ? ", demo data added" : ""}.`);
  console.log(`Otagai is starting at http://localhost:${settings.PORT}\n`);
  const child = spawn("npx", ["next", "dev", "--port", String(settings.PORT)], { stdio: "inherit", env: childEnv });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
}

main().catch((e) => {
  console.error(e instanceof EnvError ? e.message : e);
  process.exit(1);
});
