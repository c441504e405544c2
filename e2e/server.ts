import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import postgres from "postgres";
import webpush from "web-push";
import { openDb } from "@/db/client";
import { startSmsStandIn } from "@/test/sms-stand-in";
import { startStripeStandIn } from "@/test/stripe-stand-in";
import { E2E_SERVERS, type E2eServer, e2eSettings, READY_LINE, WITH_STRIPE } from "./settings";
import { startSmtpOutbox } from "./support/smtp-outbox";

// Prepares a fresh database for each e2e server (e2e/settings.ts) and serves the production build on
// each (building first if there is none), all at once, with `npm run worker` beside the shared one.
// Each server runs with the settings production requires: AUTH_URL, SMTP_URL pointing at a local
// SMTP stand-in that keeps each mail in `mail_outbox`, the SMS settings pointing at a local
// Twilio-compatible stand-in that keeps each text message in `sms_outbox`, for the tests to read,
// and, where listed, the Stripe settings pointing at a local Stripe stand-in (test/stripe-stand-in.ts).
// The demo town is seeded once, on the shared server's database; the others are copies of it
// (CREATE DATABASE … TEMPLATE), which takes a fraction of a second instead of a seed each.
const NO_WORKER: readonly E2eServer[] = ["sweep", "fuzz", "card"];
const QUIET_LOGS: readonly E2eServer[] = ["sweep", "fuzz"];
const children: ChildProcess[] = [];

function baseEnv(server: E2eServer) {
  const s = e2eSettings(server);
  return {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: s.databaseUrl,
    AUTH_SECRET: s.authSecret,
    AUTH_URL: s.authUrl,
    ENCRYPTION_KEY: s.encryptionKey,
    PORT: String(s.port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

function run(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve) => {
    const child = spawn("npx", args, { stdio: "inherit", env });
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else process.exit(code ?? 1);
    });
  });
}

async function prepareDatabases() {
  const admin = postgres(e2eSettings().adminUrl, { max: 1, onnotice: () => {} });
  for (const server of E2E_SERVERS) await admin.unsafe(`drop database if exists ${e2eSettings(server).databaseName} with (force)`);
  const template = e2eSettings("shared").databaseName;
  await admin.unsafe(`create database ${template}`);
  // The seed runs the app's workflows, which are `server-only`: outside Next.js they need the
  // react-server condition.
  // It sends nothing, but production settings must name a mail and an SMS service: the stand-ins
  // (which hold a connection to the database, and a template must have none) start afterwards.
  const nowhere = {
    SMTP_URL: "smtp://127.0.0.1:9",
    SMS_API_URL: "http://127.0.0.1:9",
    TWILIO_ACCOUNT_SID: "AC0",
    TWILIO_AUTH_TOKEN: "0",
    SMS_FROM: "+810",
  };
  await run(["tsx", "--conditions=react-server", "scripts/seed.ts"], { ...baseEnv("shared"), ...nowhere });
  for (const server of E2E_SERVERS.filter((name) => name !== "shared"))
    await admin.unsafe(`create database ${e2eSettings(server).databaseName} template ${template}`);
  await admin.end();
}

async function serve(server: E2eServer, vapid: { publicKey: string; privateKey: string }) {
  const s = e2eSettings(server);
  // This process keeps serving SMTP while the servers run: every child is spawned, never spawnSync'd.
  const mailDb = openDb({ kind: "postgres", url: s.databaseUrl, max: 2 });
  const smtpUrl = await startSmtpOutbox(mailDb.db);
  const sms = await startSmsStandIn(mailDb.db);
  // Card payments go to a local Stripe stand-in (API, hosted onboarding and Checkout pages), which
  // sends its signed webhooks to this server.
  const stripe = WITH_STRIPE.includes(server) ? await startStripeStandIn() : null;
  stripe?.setApp(s.authUrl);
  const env = {
    ...baseEnv(server),
    // Web push on (the settings page offers it; no push service is reachable from the browser here).
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    VAPID_SUBJECT: "mailto:e2e@otagai.example.jp",
    SMTP_URL: smtpUrl,
    ...sms.settings,
    ...stripe?.settings,
    // The worker stores expiry and end of care and sends mail; tests wait seconds, not a minute.
    CLOCK_SWEEP_MS: "1000",
    JOBS_POLL_MS: "500",
    // As in production with PostgreSQL: the app servers serve, `npm run worker` runs the jobs.
    JOBS_IN_APP: "0",
    // The suite runs at any hour; quiet hours have tests of their own (lib/notify, lib/jobs).
    QUIET_HOURS: "off",
    // The sweep and the fuzz are refused thousands of times on purpose: each refusal's security
    // log line would only bury the errors.
    ...(QUIET_LOGS.includes(server) ? { LOG_LEVEL: "error" } : {}),
  };
  const watch = (child: ChildProcess, what: string) => {
    children.push(child);
    child.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`the ${server} ${what} stopped (${signal ?? `exit code ${code}`})`);
      stopAll(1);
    });
  };
  // Next.js itself, with no npx in between, so that stopping it stops the server.
  watch(spawn("node_modules/.bin/next", ["start", "--port", String(s.port)], { stdio: "inherit", env }), "server");
  // `npm run worker`, as one process (no npx or tsx parent in between), so that stopping it stops it.
  // The sweep and the fuzz read every table written around each call, and the card tests wait on
  // Stripe's webhooks only: they run with no job runner (nothing of theirs waits on one), so that no
  // background task writes between two calls, and its ticks cost the busy machine nothing.
  if (!NO_WORKER.includes(server))
    watch(
      spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], { stdio: "inherit", env }),
      "worker",
    );
  for (let i = 0; ; i++) {
    const ok = await fetch(`${s.baseURL}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    if (i > 2400) throw new Error(`the ${server} server did not answer on ${s.baseURL} within 4 minutes`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let stopping = false;
function stopAll(code: number) {
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  // The SMTP, SMS and Stripe stand-ins and their connections end with this process.
  setTimeout(() => process.exit(code), 5000).unref();
  Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once("exit", r))))).then(() =>
    process.exit(code),
  );
}

async function main() {
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stopAll(0));
  await prepareDatabases();
  // `npm test` builds once beforehand and sets E2E_SKIP_BUILD; alone, the suite builds what it tests.
  if (process.env.E2E_SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID")) await run(["next", "build"], baseEnv("shared"));
  const vapid = webpush.generateVAPIDKeys();
  await Promise.all(E2E_SERVERS.map((server) => serve(server, vapid)));
  console.log(READY_LINE);
}

main().catch((e) => {
  console.error(e);
  stopAll(1);
});
