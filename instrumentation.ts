// Runs once when a server starts: invalid settings stop it before it serves a single request.
// (NEXT_RUNTIME is set by Next.js itself, not by the operator, so it is read here and not in lib/env.)
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/startup");
  const { env } = await import("./lib/env");
  // Requests expire, cares end and mail goes out without anyone having to click; with
  // JOBS_IN_APP=0 `npm run worker` does it instead (lib/jobs/workflows/runner.ts).
  if (env().JOBS_IN_APP === "0") return;
  const holder = globalThis as unknown as { __otagaiJobs?: boolean };
  if (holder.__otagaiJobs) return;
  holder.__otagaiJobs = true;
  const { startJobRunner } = await import("./lib/jobs/workflows/runner");
  const { db } = await import("./db");
  startJobRunner(db(), env());
}
