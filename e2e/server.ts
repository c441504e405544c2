import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import postgres from "postgres";
import { e2eSettings } from "./settings";

// Prepares a fresh database and serves the production build on it (building first if there is none).
async function main() {
  const s = e2eSettings();
  const admin = postgres(s.adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${s.databaseName} with (force)`);
  await admin.unsafe(`create database ${s.databaseName}`);
  await admin.end();

  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: s.databaseUrl,
    AUTH_SECRET: s.authSecret,
    ENCRYPTION_KEY: s.encryptionKey,
    PORT: String(s.port),
    NEXT_TELEMETRY_DISABLED: "1",
    // The server's own clock sweep stores expiry and end of care; tests wait seconds, not a minute.
    CLOCK_SWEEP_MS: "1000",
  };
  const run = (args: string[]) => {
    const r = spawnSync("npx", args, { stdio: "inherit", env });
    if (r.status !== 0) process.exit(r.status ?? 1);
  };
  // The seed runs the app's workflows, which are `server-only`: outside Next.js they need the
  // react-server condition.
  run(["tsx", "--conditions=react-server", "scripts/seed.ts"]);
  // `npm test` builds once beforehand and sets E2E_SKIP_BUILD; alone, the suite builds what it tests.
  if (process.env.E2E_SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID")) run(["next", "build"]);
  const child = spawn("npx", ["next", "start", "--port", String(s.port)], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
