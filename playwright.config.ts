import { defineConfig } from "@playwright/test";
import { e2eSettings } from "./e2e/settings";

// The suite runs against a production build on a fresh PostgreSQL database of its own.
const settings = e2eSettings();
// Screenshot tours (for people to look at) run with playwright.shots.config.ts, not in every test run.
const IGNORED = ["**/screenshots.*.spec.ts", "**/*.shots.ts"];
const WHOLE_DATABASE = ["**/outsider-sweep.spec.ts", "**/fuzz-actions.spec.ts"];

export default defineConfig({
  testDir: "./e2e",
  tsconfig: "./e2e/tsconfig.json",
  testIgnore: IGNORED,
  // Every test makes the members and cares it needs (demo members are only read, or each used
  // by one test), so tests run side by side, each file's too.
  fullyParallel: true,
  workers: settings.workers,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  // Kept apart from test-results/*.json, which the unit and integration runs write first.
  outputDir: "test-results/e2e-artifacts",
  globalTeardown: "./e2e/global-teardown.ts",
  use: {
    baseURL: settings.baseURL,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    trace: "retain-on-failure",
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
    { name: "embedded", testMatch: "embedded-default.spec.ts", use: { browserName: "chromium" } },
    {
      name: "chromium",
      testIgnore: [...IGNORED, "**/embedded-default.spec.ts", ...WHOLE_DATABASE],
      use: { browserName: "chromium" },
    },
    // These compare the whole database before and after each call, so they run one at a time,
    // once every other test has finished writing.
    {
      name: "whole-database",
      testMatch: WHOLE_DATABASE,
      dependencies: ["embedded", "chromium"],
      workers: 1,
      use: { browserName: "chromium" },
    },
  ],
  webServer: {
    command: "npx tsx e2e/server.ts",
    url: `${settings.baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
