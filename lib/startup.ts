import { EnvError, env } from "@/lib/env";

try {
  env();
} catch (e) {
  if (!(e instanceof EnvError)) throw e;
  console.error(`Otagai cannot start. ${e.message}`);
  process.exit(1);
}
