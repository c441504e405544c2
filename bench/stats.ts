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
// p50/p95 server time of one municipality's dashboard page (the default twelve months and custom
// ranges), of its CSV export and of the landing page, against the production build served by
// `next start`. BENCH_DB=<name> reuses a database a run kept (BENCH_KEEP=1) instead of generating one.

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
  const reuse = process.env.BENCH_DB;
  const name = reuse ?? `otagai_bench_${Date.now()}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  if (!reuse) await admin.unsafe(`create database ${name}`);
  const handle = openDb({ kind: "postgres", url: url.toString(), max: 2 });
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  let server: ReturnType<typeof spawn> | undefined;
  try {
    await migrateDatabase(handle);
    let t0 = performance.now();
    if (!reuse) {
      await setupPlatform(handle.db, null, NOW);
      const script = readFileSync(new URL("./stats-data.sql", import.meta.url), "utf8").replaceAll(
        ":now",
        `'${NOW.toISOString()}'::timestamptz`,
      );
      await sql.unsafe(script);
      console.log(`generated in ${seconds(performance.now() - t0)}`);
    } else console.log(`reusing database ${name}`);
    const counts = await sql`select
      (select count(*) from members)::int as members, (select count(*) from connections)::int as connections,
      (select count(*) from care_requests)::int as requests, (select count(*) from care_offer_events)::int as offers,
      (select count(*) from meetups)::int as meetups, (select count(*) from meetup_rsvps)::int as rsvps`;
    console.log("rows:", counts[0]);

    t0 = performance.now();
    await refreshStats(handle.db, NOW);
    console.log(`summaries refreshed (the clock sweep's job) in ${seconds(performance.now() - t0)}`);
    // The next sweep, with nothing changed in between: the months whose figures move with time alone.
    t0 = performance.now();
    await refreshStats(handle.db, new Date(NOW.getTime() + 10 * 60_000));
    console.log(`next refresh, nothing changed, in ${seconds(performance.now() - t0)}`);
    const [tallies] = await sql`select count(*)::int as n, pg_size_pretty(sum(pg_column_size(tally))) as size from stats_months`;
    console.log(`month tallies: ${tallies!.n} rows, ${tallies!.size}`);

    const [town] = await sql`select id from municipalities where code = '800001'`;
    await sql`insert into users (id, email, name) values ('bench-staff', 'staff@bench.example', '職員') on conflict do nothing`;
    await sql`insert into municipality_staff (user_id, municipality_id) values ('bench-staff', ${town!.id}) on conflict do nothing`;
    // The default dashboard is stored for staffed towns: store it for the one just staffed.
    await refreshStats(handle.db, new Date(NOW.getTime() + 20 * 60_000));
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
        // … and an SMS provider; the bench never sends a text (nothing listens there).
        SMS_API_URL: "http://127.0.0.1:9",
        TWILIO_ACCOUNT_SID: "bench",
        TWILIO_AUTH_TOKEN: "bench",
        SMS_FROM: "+15550000000",
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

    const measure = async (label: string, path: string, signedIn = true) => {
      const runs = RUNS;
      const once = async () => {
        const start = performance.now();
        const r = await fetch(`${base}${path}`, { headers: signedIn ? { cookie } : {}, redirect: "manual" });
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
    const p95 = [await measure("dashboard page (last 12 months)", `/municipality/${town!.id}`)];
    // Any other range is summed from the month tallies when asked.
    p95.push(await measure("dashboard page (a custom 6-month range)", `/municipality/${town!.id}?from=2025-04&to=2025-09`));
    p95.push(await measure("dashboard page (a custom 24-month range)", `/municipality/${town!.id}?from=2024-06&to=2026-05`));
    await measure("CSV export (monthly table)", `/municipality/${town!.id}/export?table=monthly`);
    await measure(
      "CSV export (ファミサポ report, custom range)",
      `/municipality/${town!.id}/export?table=famisapo&from=2025-04&to=2025-09`,
    );
    p95.push(await measure("landing page (signed out)", "/", false));
    if (p95.some((ms) => ms >= 300)) process.exitCode = 1;
  } finally {
    // The server may have stopped on its own (a refused environment): nothing left to stop then.
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {}
    }
    await sql.end();
    await handle.close();
    if (process.env.BENCH_KEEP !== "1" && !reuse) await admin.unsafe(`drop database if exists ${name} with (force)`);
    else console.log(`kept database ${name}`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
