import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Screenshots for people to look at (`npx playwright test -c playwright.shots.config.ts`), not tests.
export default defineConfig({
  ...base,
  testMatch: ["**/*.shots.ts", "**/screenshots.*.spec.ts"],
  testIgnore: [],
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  reporter: [["list"]],
  outputDir: "test-results/shots-artifacts",
});
