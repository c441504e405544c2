import { existsSync } from "node:fs";

/**
 * The suite runs four production servers of the same build, each on a fresh database of its own:
 * "shared" for the tests that may run side by side, with no Stripe key (as the embedded default:
 * cash only, card payments hidden); "card" for the card payment tests, with the Stripe stand-in;
 * and one each for the two files that read every table written around each call
 * (e2e/support/database-writes.ts): the outsider sweep and the fuzz (both with the stand-in, so
 * that they reach the card routes and actions too). So those run beside the others and beside
 * each other, instead of one after the other.
 */
export const E2E_SERVERS = ["shared", "sweep", "fuzz", "card"] as const;

/**
 * Debian's old headless shell first (package chromium-headless-shell, the same engine without the
 * browser's window machinery, which Playwright itself uses for headless runs): the same subset of
 * tests took a third less CPU time than in the full browser. The full browser otherwise.
 */
const HEADLESS_BROWSERS = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];

/** The servers that talk to the local Stripe stand-in (STRIPE_SECRET_KEY set). */
export const WITH_STRIPE: readonly E2eServer[] = ["sweep", "fuzz", "card"];
export type E2eServer = (typeof E2E_SERVERS)[number];

/** What e2e/server.ts prints once every server answers. */
export const READY_LINE = "e2e: every server is ready";

// Playwright loads the config in every worker; the database name is fixed once by the first
// process and inherited by the others through the environment.
export function e2eSettings(server: E2eServer = "shared") {
  process.env.OTAGAI_E2E_DB ??= `otagai_e2e_${Date.now()}_${process.pid}`;
  const admin = process.env.TEST_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const url = new URL(admin);
  const databaseName = server === "shared" ? process.env.OTAGAI_E2E_DB : `${process.env.OTAGAI_E2E_DB}_${server}`;
  url.pathname = `/${databaseName}`;
  const port = Number(process.env.E2E_PORT ?? 3100) + E2E_SERVERS.indexOf(server);
  // On 2 cores the suite is bound by CPU: 2 workers took 922 CPU-seconds and 472 s, 3 took 988 and 501 s.
  const workers = Number(process.env.E2E_WORKERS ?? 2);
  return {
    adminUrl: admin,
    databaseName,
    databaseUrl: url.toString(),
    port,
    workers,
    baseURL: `http://localhost:${port}`,
    /** The server's AUTH_URL: every sign-in link points here, whatever the request's headers say. */
    authUrl: `http://localhost:${port}`,
    chromium: process.env.CHROMIUM_PATH ?? HEADLESS_BROWSERS.find((path) => existsSync(path)),
    authSecret: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    encryptionKey: Buffer.alloc(32, 42).toString("base64"),
  };
}

/** The server a Playwright project's tests talk to (the sweep and fuzz projects are named after theirs). */
export function serverOf(project: string): E2eServer {
  return (E2E_SERVERS as readonly string[]).includes(project) ? (project as E2eServer) : "shared";
}
