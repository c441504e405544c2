import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { and, eq, isNotNull } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { openDb } from "@/db/client";
import { careRequests, users } from "@/db/schema";
import { sessionCookieName } from "@/lib/auth/session-cookie";

// The production build served as a newcomer would run it: a fresh PostgreSQL database with the
// demo town, production settings, and a demo member's session cookie (a JWT sealed with the
// server's AUTH_SECRET, as a finished sign-in leaves it).
const SESSION_COOKIE = sessionCookieName(false);
const AUTH_SECRET = "bench-secret-bench-secret-bench-secret-bench";
const ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
export const DEMO_PARENT = "sato.yoko@example.com";

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, quiet = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: quiet ? "ignore" : "inherit", env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

/** `next build` unless a build is already there (or `rebuild` asks for a new one). */
export async function ensureBuild(rebuild: boolean) {
  if (!rebuild && existsSync(".next/BUILD_ID")) {
    console.log("Reusing the production build in .next/ (--rebuild builds anew).");
    return;
  }
  await run("npx", ["next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
}

export async function waitFor(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * The cookies a browser holds after its first page: the session as the proxy re-sealed it, and
 * whatever else the server set (the marker that spares the next requests the re-seal).
 */
async function browserCookies(baseUrl: string, cookie: string): Promise<string> {
  const jar = new Map(cookie.split("; ").map((c) => [c.slice(0, c.indexOf("=")), c.slice(c.indexOf("=") + 1)]));
  const response = await fetch(`${baseUrl}/home`, { headers: { cookie }, redirect: "manual" });
  await response.text();
  if (response.status !== 200) throw new Error(`/home answered ${response.status} to the demo member`);
  for (const set of response.headers.getSetCookie()) {
    const [pair = ""] = set.split(";");
    jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

export interface AppServer {
  baseUrl: string;
  /** A Cookie header that signs the demo parent in. */
  cookie: string;
  /** One of the demo parent's requests that has a helper (the richest request page). */
  requestId: string;
  /** CPU time the server process has used so far, in milliseconds (Linux: /proc). */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** Serves `.next` on a fresh database; `nodeArgs` go to the server's node (e.g. `--cpu-prof`). */
export async function startAppServer({ port, nodeArgs = [] }: { port: number; nodeArgs?: string[] }): Promise<AppServer> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `otagai_bench_${Date.now()}_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);

  const baseUrl = `http://localhost:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET,
    AUTH_URL: baseUrl,
    // Production requires a mail server; the benchmark never sends mail.
    SMTP_URL: "smtp://127.0.0.1:2525",
    // … and an SMS provider; it never sends a text either (nothing listens there).
    SMS_API_URL: "http://127.0.0.1:9",
    TWILIO_ACCOUNT_SID: "bench",
    TWILIO_AUTH_TOKEN: "bench",
    SMS_FROM: "+15550000000",
    ENCRYPTION_KEY,
    PORT: String(port),
    LOG_LEVEL: "warn",
    // As the README runs app servers on PostgreSQL: the job runner is a process of its own (`npm run
    // worker`), so a page's figures never include mail being sent (here: retried against no server).
    JOBS_IN_APP: "0",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  console.log(`Seeding the demo town into ${name} …`);
  await run("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts"], env, true);

  const handle = openDb({ kind: "postgres", url: databaseUrl, max: 1 });
  const [user] = await handle.db.select().from(users).where(eq(users.email, DEMO_PARENT));
  if (!user) throw new Error(`no demo member ${DEMO_PARENT}`);
  const [request] = await handle.db
    .select({ id: careRequests.id })
    .from(careRequests)
    .where(and(eq(careRequests.parentId, user.id), isNotNull(careRequests.helperId)))
    .limit(1);
  await handle.close();
  if (!request) throw new Error(`${DEMO_PARENT} has no matched request`);
  const token = await encode({ token: { sub: user.id, email: user.email, name: user.name }, secret: AUTH_SECRET, salt: SESSION_COOKIE });

  const server: ChildProcess = spawn("node", [...nodeArgs, "node_modules/next/dist/bin/next", "start", "--port", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
  const exited = new Promise<void>((resolve) => server.on("exit", () => resolve()));
  await waitFor(`${baseUrl}/api/health`);
  return {
    baseUrl,
    cookie: await browserCookies(baseUrl, `${SESSION_COOKIE}=${token}`),
    requestId: request.id,
    cpuMs() {
      // utime and stime, the 14th and 15th fields, in clock ticks of 10 ms.
      const fields = readFileSync(`/proc/${server.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    async stop() {
      server.kill("SIGTERM");
      await exited;
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
