import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { ensureBuild, startAppServer } from "./support/app-server";
import { measureBarePage } from "./support/bare-app";
import { type FirstLoad, firstLoad } from "./support/first-load";

// `npm run bench:pages`: member pages under load next to the framework's floor (/api/health:
// Next.js routing and one query) measured in the same run, and each route's first-load
// JavaScript next to a bare Next.js page built in the same run. This machine is shared and
// noisy, so the figures that count are the ratios.
//   --rebuild            build anew even if .next/ holds a build
//   --duration <s>       seconds of load per page (default 10)
//   --connections <n>    concurrent members (default 8)
//   --port <n>           the app's port (default 3190; the bare page uses the next one)
//   --cpu-prof <dir>     profile the server (node --cpu-prof) while it serves the load
//   --only <path>        load only this member page (with --cpu-prof: the profile holds that page
//                        alone, and the floor is not measured)
const { values: o } = parseArgs({
  options: {
    rebuild: { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "8" },
    port: { type: "string", default: "3190" },
    "cpu-prof": { type: "string" },
    only: { type: "string" },
  },
});
const duration = Number(o.duration);
const connections = Number(o.connections);
const port = Number(o.port);

interface Load {
  rps: number;
  p50: number;
  p99: number;
  bad: number;
  /** The server's CPU time per request: steadier than throughput when other work shares the machine. */
  cpu: number;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
const kB = (bytes: number) => (bytes / 1024).toFixed(1);

/** `connections` members asking for `path` for `duration` seconds; `cpuMs` reads the server's CPU time when known. */
async function loadAt(baseUrl: string, path: string, cookie?: string, cpuMs?: () => number): Promise<Load> {
  const before = cpuMs?.() ?? 0;
  const r = await autocannon({ url: `${baseUrl}${path}`, connections, duration, headers: cookie ? { cookie } : {} });
  const cpu = cpuMs ? (cpuMs() - before) / Math.max(r.requests.total, 1) : Number.NaN;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts, cpu };
}

async function main() {
  await ensureBuild(o.rebuild);
  // The framework's own cost per request, under the same load: a route handler and a dynamic page
  // of a bare Next.js app (no database, no session, no messages).
  const { firstLoad: bare, load: bareLoad } = await measureBarePage(port + 1, async (base) => {
    for (const path of ["/api/health", "/dynamic"]) for (let i = 0; i < 20; i++) await (await fetch(`${base}${path}`)).text();
    return { handler: await loadAt(base, "/api/health"), page: await loadAt(base, "/dynamic") };
  });
  const profiling = o["cpu-prof"] !== undefined && o.only !== undefined;
  const nodeArgs = o["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${o["cpu-prof"]}`] : [];
  const app = await startAppServer({ port, nodeArgs });
  try {
    const allMemberPages = ["/home", "/requests", "/connections", "/children", `/requests/${app.requestId}`];
    const memberPages = o.only ? allMemberPages.filter((p) => p === o.only) : allMemberPages;
    const jsRoutes: [string, string | undefined][] = [
      ["/", undefined],
      ["/signin", undefined],
      ...allMemberPages.map((p): [string, string] => [p, app.cookie]),
      ["/requests/new", app.cookie],
      ["/children/new", app.cookie],
      ["/groups/new", app.cookie],
      ["/notifications", app.cookie],
    ];

    // First-load JavaScript (also checks that every page answers 200 to the signed-in member).
    const js: [string, FirstLoad][] = [];
    for (const [path, cookie] of jsRoutes) js.push([path, await firstLoad(app.baseUrl, path, cookie)]);

    const load = (path: string) => loadAt(app.baseUrl, path, app.cookie, app.cpuMs);

    // Warm up: the first requests compile and cache what a long-running server already has.
    for (const path of [...(profiling ? [] : ["/api/health"]), ...memberPages]) {
      for (let i = 0; i < 20; i++) await (await fetch(`${app.baseUrl}${path}`, { headers: { cookie: app.cookie } })).text();
    }

    console.log(`\nLoad: ${connections} concurrent members, ${duration} s per page.`);
    const results: [string, Load][] = [];
    if (profiling) {
      // The profile is of the member page alone: thousands of /api/health requests would bury it.
      for (const path of memberPages) {
        const r = await load(path);
        console.log(`${path}: ${Math.round(r.rps * duration)} requests, ${r.cpu.toFixed(1)} ms of server CPU each (profiled)`);
      }
      return;
    }
    const floorBefore = await load("/api/health");
    for (const path of memberPages) {
      const r = await load(path);
      results.push([path, r]);
      if (o.only) console.log(`${path}: ${Math.round(r.rps * duration)} requests served under load`);
    }
    const floorAfter = await load("/api/health");
    const floor: Load = {
      rps: (floorBefore.rps + floorAfter.rps) / 2,
      p50: (floorBefore.p50 + floorAfter.p50) / 2,
      p99: (floorBefore.p99 + floorAfter.p99) / 2,
      bad: floorBefore.bad + floorAfter.bad,
      cpu: (floorBefore.cpu + floorAfter.cpu) / 2,
    };

    const label = (path: string) => (path.startsWith("/requests/") && path !== "/requests/new" ? "/requests/[id]" : path);
    console.log(
      `\n${"page".padEnd(18)}${pad("req/s", 8)}${pad("p50 ms", 8)}${pad("p99 ms", 8)}${pad("errors", 8)}${pad("floor/rps", 11)}${pad("p50/floor", 11)}${pad("CPU ms", 8)}${pad("CPU/floor", 11)}  goal (≥ 1/5 rps, p50 ≤ 5×)`,
    );
    console.log(
      `${"/api/health".padEnd(18)}${pad(floor.rps.toFixed(0), 8)}${pad(floor.p50.toFixed(0), 8)}${pad(floor.p99.toFixed(0), 8)}${pad(floor.bad, 8)}${pad("1.0", 11)}${pad("1.0", 11)}${pad(floor.cpu.toFixed(1), 8)}${pad("1.0", 11)}  (floor: mean of before and after)`,
    );
    for (const [path, r] of results) {
      const slower = floor.rps / r.rps;
      const p50x = r.p50 / Math.max(floor.p50, 1);
      const ok = slower <= 5 && p50x <= 5 && r.bad === 0;
      console.log(
        `${label(path).padEnd(18)}${pad(r.rps.toFixed(0), 8)}${pad(r.p50.toFixed(0), 8)}${pad(r.p99.toFixed(0), 8)}${pad(r.bad, 8)}${pad(`${slower.toFixed(1)}×`, 11)}${pad(`${p50x.toFixed(1)}×`, 11)}${pad(r.cpu.toFixed(1), 8)}${pad(`${(r.cpu / floor.cpu).toFixed(1)}×`, 11)}  ${ok ? "met" : "NOT met"}`,
      );
    }

    const bareRow = (name: string, r: Load) =>
      console.log(
        `${name.padEnd(18)}${pad(r.rps.toFixed(0), 8)}${pad(r.p50.toFixed(0), 8)}${pad(r.p99.toFixed(0), 8)}${pad(r.bad, 8)}${pad(`${(floor.rps / r.rps).toFixed(1)}×`, 11)}${pad(`${(r.p50 / Math.max(floor.p50, 1)).toFixed(1)}×`, 11)}`,
      );
    console.log("\nThe framework alone (a bare Next.js app, same load, measured just before):");
    bareRow("bare handler", bareLoad.handler);
    bareRow("bare dyn. page", bareLoad.page);
    console.log(
      `A dynamic page of a bare Next.js app serves ${(bareLoad.handler.rps / bareLoad.page.rps).toFixed(1)}× fewer requests than its route handler: no page can beat that ratio.`,
    );

    console.log(
      `\n${"route".padEnd(18)}${pad("files", 7)}${pad("JS gzip kB", 12)}${pad("× bare", 8)}${pad("inline kB", 11)}${pad("inline gz", 11)}`,
    );
    const row = (name: string, f: FirstLoad) =>
      console.log(
        `${name.padEnd(18)}${pad(f.files, 7)}${pad(kB(f.jsGzip), 12)}${pad((f.jsGzip / bare.jsGzip).toFixed(2), 8)}${pad(kB(f.inline), 11)}${pad(kB(f.inlineGzip), 11)}`,
      );
    row("bare Next page", bare);
    for (const [path, f] of js) row(label(path), f);
    const worst = Math.max(...js.map(([, f]) => f.jsGzip / bare.jsGzip));
    console.log(`\nLargest first-load JavaScript: ${worst.toFixed(2)}× the bare page (goal ≤ 1.30×).`);
  } finally {
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
