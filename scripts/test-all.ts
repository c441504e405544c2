import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

// `npm test`: unit, integration (PGlite + PostgreSQL) and end-to-end (production build in Chromium).
// The production build starts at once, beside the unit and integration runs, and is built only
// once: the end-to-end server serves it. The summary gives each suite's count and time, then one
// closing line that adds every suite up.
type Counts = { passed: number; failed: number; skipped: number };
type Suite = Counts & { seconds: number };
const results = "test-results";
mkdirSync(results, { recursive: true });

function run(command: string, args: string[], o: { env?: Record<string, string>; log?: string } = {}): Promise<number> {
  console.log(`\n$ ${command} ${args.join(" ")}${o.log ? ` > ${o.log}` : ""}`);
  const child = spawn(command, args, { stdio: o.log ? ["ignore", "pipe", "pipe"] : "inherit", env: { ...process.env, ...o.env } });
  if (o.log) {
    const out = createWriteStream(o.log);
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
  }
  return new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
}

async function timed(counts: () => Promise<Counts>): Promise<Suite> {
  const start = performance.now();
  const c = await counts();
  return { ...c, seconds: (performance.now() - start) / 1000 };
}

const crashed: Counts = { passed: 0, failed: 1, skipped: 0 };

async function vitest(name: string, projects: string[]): Promise<Counts> {
  const file = `${results}/${name}.json`;
  rmSync(file, { force: true });
  const only = projects.flatMap((project) => ["--project", project]);
  const code = await run("npx", ["vitest", "run", ...only, "--reporter=default", "--reporter=json", `--outputFile=${file}`]);
  if (!existsSync(file)) return crashed;
  const r = JSON.parse(readFileSync(file, "utf8"));
  const counts = { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
  // A suite that crashed outside any test still fails the run.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

async function playwright(build: Promise<number>): Promise<Counts> {
  const file = `${results}/e2e.json`;
  rmSync(file, { force: true });
  if ((await build) !== 0) {
    console.log(readFileSync(`${results}/build.log`, "utf8"));
    return crashed;
  }
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
const suites: Record<string, Suite> = {};
suites.unit = await timed(() => vitest("unit", ["unit", "unit-mocking"]));
suites.integ = await timed(() => vitest("integ", ["integ"]));
// From here the suite waits for the build if it is not done yet; that wait counts as e2e time.
suites.e2e = await timed(() => playwright(build));

const total = Object.values(suites).reduce(
  (a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, skipped: a.skipped + c.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
console.log("");
for (const [name, c] of Object.entries(suites))
  console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped in ${s(c.seconds)}`);
console.log(`build (beside unit and integ): ${s(buildSeconds)}; everything: ${s((performance.now() - started) / 1000)}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
