import { defineConfig } from "@playwright/test";
import { type E2eServer, e2eSettings, READY_LINE } from "./e2e/settings";

// The suite runs against a production build on a fresh PostgreSQL database of its own.
const settings = e2eSettings();
// Screenshot tours (for people to look at) run with playwright.shots.config.ts, not in every test run.
const IGNORED = ["**/screenshots.*.spec.ts", "**/*.shots.ts"];
// These read the log of every table written around each call: each runs alone on a server and
// database of its own, beside the other projects and beside each other.
const WHOLE_DATABASE = { sweep: "outsider-sweep.spec.ts", fuzz: "fuzz-actions.spec.ts" } as const;

export default defineConfig({
  testDir: "./e2e",
  tsconfig: "./e2e/tsconfig.json",
  testIgnore: IGNORED,
  // Every test makes the members and cares it needs (demo members are only read, or each used
  // by one test), so tests run side by side, each file's too.
  fullyParallel: true,
  // The chromium project's workers, plus one each for the embedded default, the sweep and the fuzz.
  workers: settings.workers + 3,
  retries: 0,
  // Long journeys (connect, pay, receipt, statement, admin) take 20–40 s alone and twice that on a busy 2-core machine.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  // Kept apart from test-results/*.json, which the unit and integration runs write first.
  outputDir: "test-results/e2e-artifacts",
  globalTeardown: "./e2e/global-teardown.ts",
  use: {
    baseURL: settings.baseURL,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    // A trace records every test to keep the failing ones, and cost a fifth of the suite's CPU time
    // on 2 cores (the browsers' share fell from 226 to 165 CPU-seconds without it). A failure still
    // leaves its error context (the page's accessibility snapshot) and a screenshot.
    trace: "off",
    // The service worker (public/sw.js) is tested in e2e/pwa.spec.ts; elsewhere it would install in
    // every new context and sit in front of every navigation, for nothing the test looks at.
    serviceWorkers: "block",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: settings.chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
  projects: [
    // The README's first command (`npm run dev`, started twice) is the longest test by far: listed
    // first, it starts first, beside the others instead of after them.
    // It mostly waits on its own dev server, so it runs in a worker of its own, not in one of the
    // chromium project's.
    { name: "embedded", testMatch: "embedded-default.spec.ts", workers: 1, use: { browserName: "chromium" } },
    {
      name: "chromium",
      workers: settings.workers,
      testIgnore: [...IGNORED, "**/embedded-default.spec.ts", ...Object.values(WHOLE_DATABASE).map((f) => `**/${f}`)],
      use: { browserName: "chromium" },
    },
    ...Object.entries(WHOLE_DATABASE).map(([server, file]) => ({
      name: server,
      testMatch: file,
      workers: 1,
      use: { browserName: "chromium" as const, baseURL: e2eSettings(server as E2eServer).baseURL },
    })),
  ],
  // One process prepares every server's database and starts them all side by side (e2e/server.ts).
  // E2E_REUSE_SERVERS=1 runs against servers already started by `npx tsx e2e/server.ts` (with the
  // same OTAGAI_E2E_DB), to try a test again and again without starting them each time.
  webServer: {
    command: "npx tsx e2e/server.ts",
    url: `${settings.baseURL}/api/health`,
    wait: { stdout: new RegExp(READY_LINE) },
    timeout: 300_000,
    reuseExistingServer: process.env.E2E_REUSE_SERVERS === "1",
    stdout: "pipe",
    stderr: "pipe",
  },
});
