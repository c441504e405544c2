import { EnvError, env } from "@/lib/env";
import { logger } from "@/lib/log";

try {
  env();
} catch (e) {
  if (!(e instanceof EnvError)) throw e;
  // The issues name settings and what is wrong with them, never their values.
  logger().fatal({ settings: e.issues }, "Otagai cannot start: invalid settings");
  // Also in plain words for whoever reads the terminal.
  process.stderr.write(`Otagai cannot start. ${e.message}\n`);
  process.exit(1);
}
