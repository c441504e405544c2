import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureBuild, run, startAppServer } from "./support/app-server";
import { measureBarePage } from "./support/bare-app";
import { routeJs } from "./support/route-js";

// `npm run bench:lighthouse`: Lighthouse 12 (mobile: a mid-range phone on a slow 4G link,
// simulated) on the public pages and, with the demo parent's session, the member pages, against
// the production build on a fresh database with the demo town. Prints performance and
// accessibility scores and the paint timings. The pages: `/`, `/signin`, `/home`, `/requests/new`,
// a request page and `/meetups`. Chromium: CHROME_PATH, else /usr/bin/chromium.
//   --rebuild     build anew even if .next/ holds a build
//   --port <n>    the app's port (default 3190)
//   --runs <n>    runs per page; the median performance is printed (default 1)
//   --only <path> this page alone ("/requests/[id]" for the request page)
//   --keep <dir>  keep every report there (JSON), to read where a page's time goes
const { values: o } = parseArgs({
  options: {
    rebuild: { type: "boolean", default: false },
    port: { type: "string", default: "3190" },
    runs: { type: "string", default: "1" },
    only: { type: "string" },
    keep: { type: "string" },
  },
});

interface Report {
  categories: Record<string, { score: number; auditRefs?: { id: string; weight: number }[] }>;
  audits: Record<string, { numericValue?: number; score?: number | null }>;
}

/** The accessibility audits a page fails, so that a score under 100 says why. */
function failedAccessibility(r: Report): string[] {
  return (r.categories.accessibility?.auditRefs ?? [])
    .filter((a) => a.weight > 0 && typeof r.audits[a.id]?.score === "number" && (r.audits[a.id]?.score ?? 1) < 1)
    .map((a) => a.id);
}

async function lighthouse(url: string, cookie: string | undefined, out: string): Promise<Report> {
  await run(
    "npx",
    [
      "lighthouse",
      url,
      "--quiet",
      "--only-categories=performance,accessibility",
      "--output=json",
      `--output-path=${out}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
    ],
    { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
  );
  return JSON.parse(readFileSync(out, "utf8")) as Report;
}

/** The median run by performance score. */
async function median(url: string, cookie: string | undefined, file: (i: number) => string): Promise<Report> {
  const reports: Report[] = [];
  for (let i = 0; i < Number(o.runs); i++) reports.push(await lighthouse(url, cookie, file(i)));
  reports.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  return reports[Math.floor(reports.length / 2)] as Report;
}

const ms = (r: Report, audit: string) => `${Math.round(r.audits[audit]?.numericValue ?? Number.NaN)}`.padStart(7);
function row(label: string, r: Report) {
  const score = (c: string) => `${Math.round((r.categories[c]?.score ?? 0) * 100)}`.padStart(6);
  console.log(
    `${label.padEnd(18)}${score("performance")}${score("accessibility")}${ms(r, "first-contentful-paint")} ${ms(r, "largest-contentful-paint")}${ms(r, "total-blocking-time")}  ${(r.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)}`,
  );
}

async function main() {
  await ensureBuild(o.rebuild);
  const dir = o.keep ?? mkdtempSync(path.join(tmpdir(), "otagai-lighthouse-"));
  mkdirSync(dir, { recursive: true });
  // The reference, on this machine and in this run: a bare Next.js page rendered per request, with
  // the framework's own JavaScript and nothing else. Lighthouse multiplies the machine's task times.
  const { load: bare } = await measureBarePage(Number(o.port) + 1, (base) =>
    median(`${base}/dynamic`, undefined, (i) => path.join(dir, `bare-${i}.json`)),
  );
  const app = await startAppServer({ port: Number(o.port) });
  try {
    const routes = new Set(routeJs().map((r) => r.route));
    const pages: [string, string | undefined][] = [
      ["/", undefined],
      ["/signin", undefined],
      ["/home", app.cookie],
      ["/requests/new", app.cookie],
      [`/requests/${app.requestId}`, app.cookie],
      ["/meetups", app.cookie],
    ];
    // Also fails (rather than skips) if a page the issue names has gone from the build.
    const missing = pages
      .map(([p]) => (p.startsWith("/requests/") && p !== "/requests/new" ? "/requests/[id]" : p))
      .filter((p) => !routes.has(p));
    if (missing.length > 0) throw new Error(`not in the build: ${missing.join(", ")}`);
    console.log(
      `\n${"page".padEnd(18)}${"perf".padStart(6)}${"a11y".padStart(6)}${"FCP ms".padStart(8)}${"LCP ms".padStart(8)}${"TBT ms".padStart(8)}  CLS`,
    );
    row("bare Next page", bare);
    for (const [page, cookie] of pages) {
      const label = page.startsWith("/requests/") && page !== "/requests/new" ? "/requests/[id]" : page;
      if (o.only && o.only !== label) continue;
      const file = (i: number) => path.join(dir, `${label.replaceAll("/", "_").replace(/^_$/, "_root")}-${i}.json`);
      const r = await median(`${app.baseUrl}${page}`, cookie, file);
      row(label, r);
      const failed = failedAccessibility(r);
      if (failed.length > 0) console.log(`${"".padEnd(18)}accessibility fails: ${failed.join(", ")}`);
    }
  } finally {
    if (!o.keep) rmSync(dir, { recursive: true, force: true });
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
