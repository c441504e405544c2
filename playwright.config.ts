import { defineConfig } from "@playwright/test";
import { e2eSettings } from "./e2e/settings";

// The suite runs against a production build on a fresh PostgreSQL database of its own.
const settings = e2eSettings();

export default defineConfig({
  testDir: "./e2e",
  // Screenshot tours (for people to look at) run with playwright.shots.config.ts, not in every test run.
  testIgnore: ["**/screenshots.*.spec.ts", "**/*.shots.ts"],
  fullyParallel: false,
  workers: 1,
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
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "npx tsx e2e/server.ts",
    url: `${settings.baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
