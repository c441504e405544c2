// Runs once when a server starts: invalid settings stop it before it serves a single request.
// (NEXT_RUNTIME is set by Next.js itself, not by the operator, so it is read here and not in lib/env.)
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/startup");
  // Requests expire and cares end without anyone having to click.
  const { startClockSweep } = await import("./lib/jobs/workflows/clock-sweep");
  const { env } = await import("./lib/env");
  startClockSweep(env().CLOCK_SWEEP_MS);
}
