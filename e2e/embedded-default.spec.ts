import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

// The README's first command, exactly: `npm run dev` with no configuration, on the embedded PGlite.
const PORT = 3210;
const base = `http://localhost:${PORT}`;

function startDev(dataDir: string): { child: ChildProcess; output: () => string } {
  let output = "";
  // No configuration at all, as on a fresh machine: no DATABASE_URL, no NODE_ENV.
  const { DATABASE_URL: _url, NODE_ENV: _mode, ...clean } = process.env;
  const env = { ...clean, PORT: String(PORT), PGLITE_DIR: join(dataDir, "pglite") } as unknown as NodeJS.ProcessEnv;
  const child = spawn("npm", ["run", "dev"], { env, detached: true });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return { child, output: () => output };
}

async function healthy() {
  await expect
    .poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status, { timeout: 120_000, intervals: [1000] })
    .toBe(200);
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

// A dev server compiles each page on first request: on a busy 2-core machine that takes minutes.
test.describe.configure({ timeout: 360_000 });

test("the embedded default starts with demo data, prints its address and keeps data across restarts", async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), "otagai-embedded-"));
  try {
    let dev = startDev(dataDir);
    await expect.poll(dev.output, { timeout: 90_000 }).toContain(`Otagai is starting at ${base}`);
    expect(dev.output()).toContain("demo data added");
    await healthy();

    await page.goto(`${base}/dev`, { timeout: 180_000 });
    await expect(page.getByRole("button", { name: "佐藤 陽子としてログイン" })).toBeVisible();
    await page.goto(`${base}/signin`);
    await page.getByRole("textbox", { name: "メールアドレス" }).fill("kept.across.restarts@example.com");
    await page.getByRole("button", { name: "ログインリンクを送る" }).click();
    await expect(page).toHaveURL(/check-email/, { timeout: 60_000 });
    await stop(dev.child);

    dev = startDev(dataDir);
    await expect.poll(dev.output, { timeout: 90_000 }).toContain(`Otagai is starting at ${base}`);
    expect(dev.output()).not.toContain("demo data added");
    await healthy();
    await page.goto(`${base}/dev/mail`, { timeout: 180_000 });
    await expect(page.getByTestId("mail-to").filter({ hasText: "kept.across.restarts@example.com" })).toBeVisible();
    await stop(dev.child);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
