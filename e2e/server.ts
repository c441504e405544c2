import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import postgres from "postgres";
import webpush from "web-push";
import { openDb } from "@/db/client";
import { startSmsStandIn } from "@/test/sms-stand-in";
import { startStripeStandIn } from "@/test/stripe-stand-in";
import { E2E_SERVERS, e2eSettings, WITH_STRIPE } from "./settings";
import { startSmtpOutbox } from "./support/smtp-outbox";

// Prepares a fresh database and serves the production build on it (building first if there is none)
// with `npm run worker` beside it,
// with the settings production requires: AUTH_URL, SMTP_URL pointing at a local SMTP stand-in
// that keeps each mail in `mail_outbox`, and the SMS settings pointing at a local Twilio-compatible
// stand-in that keeps each text message in `sms_outbox`, for the tests to read, and the Stripe
// settings pointing at a local Stripe stand-in (test/stripe-stand-in.ts).
const NO_WORKER: readonly string[] = ["sweep", "fuzz", "card"];

async function main() {
  const server = E2E_SERVERS.find((name) => name === process.argv[2]) ?? "shared";
  const s = e2eSettings(server);
  const admin = postgres(s.adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${s.databaseName} with (force)`);
  await admin.unsafe(`create database ${s.databaseName}`);
  await admin.end();

  // This process keeps serving SMTP while the others run: every child is spawned, never spawnSync'd.
  const mailDb = openDb({ kind: "postgres", url: s.databaseUrl, max: 2 });
  const smtpUrl = await startSmtpOutbox(mailDb.db);
  const sms = await startSmsStandIn(mailDb.db);
  // Card payments go to a local Stripe stand-in (API, hosted onboarding and Checkout pages), which
  // sends its signed webhooks to this app.
  const stripe = WITH_STRIPE.includes(server) ? await startStripeStandIn() : null;
  stripe?.setApp(s.authUrl);

  // Web push on, with a key pair of this run (the settings page offers it; no push service is reachable from the browser here).
  const vapid = webpush.generateVAPIDKeys();
  const env = {
    ...process.env,
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    VAPID_SUBJECT: "mailto:e2e@otagai.example.jp",
    NODE_ENV: "production" as const,
    DATABASE_URL: s.databaseUrl,
    AUTH_SECRET: s.authSecret,
    AUTH_URL: s.authUrl,
    SMTP_URL: smtpUrl,
    ...sms.settings,
    ...stripe?.settings,
    ENCRYPTION_KEY: s.encryptionKey,
    PORT: String(s.port),
    NEXT_TELEMETRY_DISABLED: "1",
    // The worker stores expiry and end of care and sends mail; tests wait seconds, not a minute.
    CLOCK_SWEEP_MS: "1000",
    JOBS_POLL_MS: "500",
    // As in production with PostgreSQL: the app servers serve, `npm run worker` runs the jobs.
    JOBS_IN_APP: "0",
    // The suite runs at any hour; quiet hours have tests of their own (lib/notify, lib/jobs).
    QUIET_HOURS: "off",
  };
  const run = (args: string[]) =>
    new Promise<void>((resolve) => {
      spawn("npx", args, { stdio: "inherit", env }).on("exit", (code) => {
        if (code === 0) resolve();
        else process.exit(code ?? 1);
      });
    });
  // The seed runs the app's workflows, which are `server-only`: outside Next.js they need the
  // react-server condition.
  await run(["tsx", "--conditions=react-server", "scripts/seed.ts"]);
  // `npm test` builds once beforehand and sets E2E_SKIP_BUILD; alone, the suite builds what it tests.
  // Playwright starts the servers one after the other: the second serves what the first built.
  const builder = server === "shared";
  if (builder && (process.env.E2E_SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID"))) await run(["next", "build"]);
  const child = spawn("npx", ["next", "start", "--port", String(s.port)], { stdio: "inherit", env });
  // `npm run worker`, as one process (no npx or tsx parent in between), so that stopping it stops it.
  // The sweep and the fuzz read every table written around each call, and the card tests wait on
  // Stripe's webhooks only: they run with no job runner (nothing of theirs waits on one), so that no
  // background task writes between two calls, and its ticks cost the busy machine nothing.
  const worker = NO_WORKER.includes(server)
    ? null
    : spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
        stdio: "inherit",
        env,
      });
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      child.kill(signal);
      worker?.kill(signal);
    });
  worker?.on("exit", (code) => {
    if (code) console.error(`the worker stopped (exit code ${code})`);
  });
  // The SMTP and SMS stand-ins and their connections end with this process.
  child.on("exit", (code) => {
    worker?.kill("SIGTERM");
    process.exit(code ?? 0);
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
