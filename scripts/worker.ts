import { openDb, targetFrom } from "@/db/client";
import { EnvError, env } from "@/lib/env";
import { startJobRunner } from "@/lib/jobs/workflows/runner";
import { localVapid } from "./local-secrets";

// `npm run worker`: the job runner on its own, beside app servers started with JOBS_IN_APP=0.
// It needs PostgreSQL: the embedded database allows one process, the app, which runs the jobs itself.
async function main() {
  const settings = env();
  if (!settings.DATABASE_URL) {
    console.error("npm run worker needs DATABASE_URL: on the embedded database the app server runs the jobs itself.");
    process.exit(1);
  }
  const handle = openDb(targetFrom({ ...settings, DATABASE_POOL_SIZE: 6 }));
  const runner = startJobRunner(handle.db, { ...settings, ...localVapid(settings) });
  console.log("Otagai worker: running background jobs and deliveries.");
  // Keeps the process alive: the runner's timer does not.
  const alive = setInterval(() => {}, 1 << 30);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, async () => {
      clearInterval(alive);
      // A tick stuck on a database that went away must not keep the process from ending.
      setTimeout(() => process.exit(1), 10_000).unref();
      await runner.stop();
      await handle.close();
      process.exit(0);
    });
  }
}

main().catch((e) => {
  console.error(e instanceof EnvError ? `Otagai worker cannot start. ${e.message}` : e);
  process.exit(1);
});
