import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { openDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { setupPlatform } from "@/lib/municipalities/workflows/setup-platform";
import { refreshStats } from "@/lib/stats/workflows/refresh";

// `npm run bench:stats`: a fresh PostgreSQL database at city scale (generated in SQL), then the
// p50/p95 server time of one municipality's dashboard page and of its CSV export, against the
// production build served by `next start`.

const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PORT = Number(process.env.BENCH_PORT ?? 3160);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const NOW = new Date();
const SECRET = "bench-secret-bench-secret-bench-secret-bench";

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const name = `otagai_bench_${Date.now()}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const handle = openDb({ kind: "postgres", url: url.toString(), max: 2 });
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  let server: ReturnType<typeof spawn> | undefined;
  try {
    await migrateDatabase(handle);
    await setupPlatform(handle.db, null, NOW);
    let t0 = performance.now();
    const script = readFileSync(new URL("./stats-data.sql", import.meta.url), "utf8").replaceAll(
      ":now",
      `'${NOW.toISOString()}'::timestamptz`,
    );
    await sql.unsafe(script);
    const generated = performance.now() - t0;
    const counts = await sql`select
      (select count(*) from members)::int as members, (select count(*) from connections)::int as connections,
      (select count(*) from care_requests)::int as requests, (select count(*) from care_offer_events)::int as offers,
      (select count(*) from meetups)::int as meetups, (select count(*) from meetup_rsvps)::int as rsvps`;
    console.log(`generated in ${seconds(generated)}:`, counts[0]);

    t0 = performance.now();
    await refreshStats(handle.db, NOW);
    console.log(`summaries refreshed (the clock sweep's job) in ${seconds(performance.now() - t0)}`);

    const [town] = await sql`select id from municipalities where code = '800001'`;
    await sql`insert into users (id, email, name) values ('bench-staff', 'staff@bench.example', '職員')`;
    await sql`insert into municipality_staff (user_id, municipality_id) values ('bench-staff', ${town!.id})`;
    const cookie = `authjs.session-token=${await encode({
      token: { sub: "bench-staff", email: "staff@bench.example", name: "職員" },
      secret: SECRET,
      salt: "authjs.session-token",
    })}`;

    if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first");
    server = spawn("npx", ["next", "start", "--port", String(PORT)], {
      // Its own process group, so that stopping it stops next-server too (npx does not pass signals on).
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: url.toString(),
        AUTH_SECRET: SECRET,
        AUTH_URL: `http://localhost:${PORT}`,
        SMTP_URL: "smtp://127.0.0.1:2525",
        ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
        NEXT_TELEMETRY_DISABLED: "1",
        // The bench measures page reads: the clock sweep would only add noise.
        CLOCK_SWEEP_MS: "3600000",
      },
    });
    const base = `http://localhost:${PORT}`;
    for (let i = 0; ; i++) {
      if (i > 120) throw new Error("the server did not start");
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 500));
    }

    const measure = async (label: string, path: string, runs = RUNS) => {
      const once = async () => {
        const start = performance.now();
        const r = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
        const body = await r.text();
        if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
        return { ms: performance.now() - start, bytes: body.length };
      };
      for (let i = 0; i < 5; i++) await once();
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < runs; i++) {
        const r = await once();
        times.push(r.ms);
        bytes = r.bytes;
      }
      console.log(
        `${label}: p50 ${pct(times, 50).toFixed(0)} ms, p95 ${pct(times, 95).toFixed(0)} ms over ${runs} requests (${(bytes / 1024).toFixed(0)} KiB)`,
      );
      return pct(times, 95);
    };
    const p95 = await measure("dashboard page (last 12 months)", `/municipality/${town!.id}`);
    await measure("CSV export (monthly table)", `/municipality/${town!.id}/export?table=monthly`);
    await measure("CSV export (ファミサポ report)", `/municipality/${town!.id}/export?table=famisapo`);
    // Any other period is computed from the summaries when asked (not kept ready): for the record.
    await measure(
      "dashboard page (a custom 6-month range, computed when asked)",
      `/municipality/${town!.id}?from=2025-04-01&to=2025-09-30`,
      10,
    );
    if (p95 >= 300) process.exitCode = 1;
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await sql.end();
    await handle.close();
    if (process.env.BENCH_KEEP !== "1") await admin.unsafe(`drop database if exists ${name} with (force)`);
    else console.log(`kept database ${name}`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
