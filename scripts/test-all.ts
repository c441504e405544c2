import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

// `npm test`: unit, integration (PGlite + PostgreSQL) and end-to-end (production build in Chromium),
// then one closing line that adds every suite up.
type Counts = { passed: number; failed: number; skipped: number };
const results = "test-results";
mkdirSync(results, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  const r = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function vitest(project: string): Counts {
  const file = `${results}/${project}.json`;
  rmSync(file, { force: true });
  const code = run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${file}`]);
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8"));
  const counts = { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
  // A suite that crashed outside any test still fails the run.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

function playwright(): Counts {
  const file = `${results}/e2e.json`;
  rmSync(file, { force: true });
  if (run("npx", ["next", "build"]) !== 0) return { passed: 0, failed: 1, skipped: 0 };
  const code = run("npx", ["playwright", "test"], { E2E_SKIP_BUILD: "1" });
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const s = JSON.parse(readFileSync(file, "utf8")).stats;
  const counts = { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const suites: Record<string, Counts> = { unit: vitest("unit"), integ: vitest("integ"), e2e: playwright() };
const total = Object.values(suites).reduce(
  (a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, skipped: a.skipped + c.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log("");
for (const [name, c] of Object.entries(suites)) console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
