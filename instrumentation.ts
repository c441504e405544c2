// Runs once when a server starts: invalid settings stop it before it serves a single request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, EnvError } = await import("@/lib/env");
  try {
    env();
  } catch (e) {
    if (e instanceof EnvError) {
      console.error(`Otagai cannot start. ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
