// Runs once when a server starts: invalid settings stop it before it serves a single request.
// (NEXT_RUNTIME is set by Next.js itself, not by the operator, so it is read here and not in lib/env.)
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/startup");
}
