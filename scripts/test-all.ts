import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

// `npm test`: unit, integration (PGlite + PostgreSQL) and end-to-end (production build in Chromium).
// The production build starts at once, beside the unit and integration runs, and is built only
// once: the end-to-end servers serve it. The end-to-end run starts when the build is done, beside
// what is left of the others. The summary gives each suite's count and time, then one closing line
// that adds every suite up.
type Counts = { passed: number; failed: number; skipped: number };
type Suite = Counts & { seconds: number };
const results = "test-results";
mkdirSync(results, { recursive: true });

function run(command: string, args: string[], o: { env?: Record<string, string>; log?: string } = {}): Promise<number> {
  console.log(`\n$ ${command} ${args.join(" ")}${o.log ? ` > ${o.log}` : ""}`);
  const child = spawn(command, args, { stdio: o.log ? ["ignore", "pipe", "pipe"] : "inherit", env: { ...process.env, ...o.env } });
  if (!o.log) return new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  const out = createWriteStream(o.log);
  child.stdout?.pipe(out, { end: false });
  child.stderr?.pipe(out, { end: false });
  // The log is complete on disk before the caller reads it.
  return new Promise((resolve) => child.on("close", (code) => out.end(() => resolve(code ?? 1))));
}

async function timed(counts: () => Promise<Counts>): Promise<Suite> {
  const start = performance.now();
  const c = await counts();
  return { ...c, seconds: (performance.now() - start) / 1000 };
}

const crashed: Counts = { passed: 0, failed: 1, skipped: 0 };
/** A suite that never ran: counted as one failure until it reports. */
const idle = (): Suite => ({ ...crashed, seconds: 0 });

async function vitest(name: string, projects: string[]): Promise<Counts> {
  const file = `${results}/${name}.json`;
  rmSync(file, { force: true });
  const only = projects.flatMap((project) => ["--project", project]);
  const log = `${results}/${name}.log`;
  const code = await run("npx", ["vitest", "run", ...only, "--reporter=default", "--reporter=json", `--outputFile=${file}`], { log });
  // Printed whole when the suite ends: the end-to-end run streams its own lines beside it.
  process.stdout.write(`\n── ${name} (${log}) ──\n${readFileSync(log, "utf8")}`);
  if (!existsSync(file)) return crashed;
  const r = JSON.parse(readFileSync(file, "utf8"));
  const counts = { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
  // A suite that crashed outside any test still fails the run.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

async function playwright(): Promise<Counts> {
  const file = `${results}/e2e.json`;
  rmSync(file, { force: true });
  const code = await run("npx", ["playwright", "test"], { env: { E2E_SKIP_BUILD: "1" } });
  if (!existsSync(file)) return crashed;
  const s = JSON.parse(readFileSync(file, "utf8")).stats;
  const counts = { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const started = performance.now();
const buildStart = performance.now();
let buildSeconds = 0;
const build = run("npx", ["next", "build"], { log: `${results}/build.log` }).then((code) => {
  buildSeconds = (performance.now() - buildStart) / 1000;
  return code;
});
const suites: Record<"unit" | "integ" | "e2e", Suite> = { unit: idle(), integ: idle(), e2e: idle() };
// On 2 cores every suite is bound by CPU; the build and the integration tests leave some of it idle
// (the integration tests wait on the processes they start), so the end-to-end run starts as soon as
// the build is done, beside whatever of the unit and integration runs is left, not after them.
const vitestRuns = (async () => {
  suites.unit = await timed(() => vitest("unit", ["unit", "unit-mocking"]));
  suites.integ = await timed(() => vitest("integ", ["integ"]));
})();
const e2eRun = build.then(async (code) => {
  if (code !== 0) {
    console.log(readFileSync(`${results}/build.log`, "utf8"));
    suites.e2e = { ...crashed, seconds: 0 };
  } else suites.e2e = await timed(playwright);
});
await Promise.all([vitestRuns, e2eRun]);

const total = Object.values(suites).reduce(
  (a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, skipped: a.skipped + c.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
console.log("");
for (const [name, c] of Object.entries(suites))
  console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped in ${s(c.seconds)}`);
console.log(
  `build (beside unit and integ; e2e started after it): ${s(buildSeconds)}; everything: ${s((performance.now() - started) / 1000)}`,
);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
