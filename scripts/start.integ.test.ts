import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// `npm start` in production must refuse unsafe settings, naming each, before touching anything.
const complete = {
  AUTH_SECRET: "s".repeat(40),
  ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
  AUTH_URL: "https://otagai.example.jp",
  SMTP_URL: "smtp://127.0.0.1:2525",
  TWILIO_ACCOUNT_SID: "AC0123456789abcdef0123456789abcdef",
  TWILIO_AUTH_TOKEN: "token",
  SMS_FROM: "+815012345678",
};
const SETTINGS = [
  "AUTH_SECRET",
  "ENCRYPTION_KEY",
  "AUTH_URL",
  "SMTP_URL",
  "OTAGAI_DEV_TOOLS",
  "TWILIO_ACCOUNT_SID",
  "TWILIO_AUTH_TOKEN",
  "SMS_FROM",
];

function start(env: Record<string, string | undefined>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => ![...SETTINGS, "DATABASE_URL", "AUTH_TRUST_HOST"].includes(k)),
  );
  const merged = { ...clean, NODE_ENV: "production", PGLITE_DIR: "/nonexistent/never-created", ...env };
  return spawnSync("npm", ["start"], {
    env: Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 60_000,
  });
}

/** Exits 1 saying why, and names that setting alone. */
function expectRefused(r: ReturnType<typeof start>, setting: string, message: string) {
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("Otagai cannot start");
  expect(r.stderr).toContain(message);
  for (const other of SETTINGS.filter((s) => s !== setting)) expect(r.stderr).not.toContain(`${other}:`);
}

// Each setting's rule is tested case by case in lib/env.test.ts; these check that `npm start`
// applies them before it touches anything, and says why.
describe("a production start", () => {
  it("refuses to start without AUTH_SECRET, and says why", () => {
    expectRefused(start({ ...complete, AUTH_SECRET: undefined }), "AUTH_SECRET", "AUTH_SECRET is required in production");
  });

  it("refuses to start with the development tools on", () => {
    expectRefused(start({ ...complete, OTAGAI_DEV_TOOLS: "1" }), "OTAGAI_DEV_TOOLS", "OTAGAI_DEV_TOOLS=1 is refused in production");
  });
});
