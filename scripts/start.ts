import { spawn } from "node:child_process";
import { EnvError, env } from "@/lib/env";
import { localKeys, localSecrets } from "./local-secrets";
import { prepareDatabase } from "./prepare-db";

// `npm start`: validates the settings (production refuses to start without AUTH_SECRET,
// ENCRYPTION_KEY, AUTH_URL, SMTP_URL or the SMS provider, or with OTAGAI_DEV_TOOLS=1, naming the setting),
// migrates, then serves the production build.
async function main() {
  const settings = env();
  const secrets = localSecrets(settings);
  const { target, seeded } = await prepareDatabase(settings, {
    seedIfNew: settings.NODE_ENV !== "production",
    key: localKeys(settings),
  });
  console.log(`Otagai: database ${target.kind}${seeded ? ", demo data added" : ""}.`);
  console.log(`Otagai is running at http://localhost:${settings.PORT}`);
  const child = spawn("npx", ["next", "start", "--port", String(settings.PORT)], {
    stdio: "inherit",
    env: { ...process.env, ...secrets },
  });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
}

main().catch((e) => {
  console.error(e instanceof EnvError ? `Otagai cannot start. ${e.message}` : e);
  process.exit(1);
});
