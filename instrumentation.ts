// Runs once when a server starts: invalid settings stop it before it serves a single request.
// (NEXT_RUNTIME is set by Next.js itself, not by the operator, so it is read here and not in lib/env.)
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/startup");
  // Requests whose start passed with nobody chosen expire without anyone having to click.
  const { startExpirySweep } = await import("./lib/jobs/expiry");
  startExpirySweep();
}
