import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// `npm start` in production must refuse to start without its secrets, before touching anything.
function start(env: Record<string, string>) {
  const { AUTH_SECRET: _s, ENCRYPTION_KEY: _k, DATABASE_URL: _d, ...clean } = process.env;
  return spawnSync("npm", ["start"], {
    env: { ...clean, NODE_ENV: "production", PGLITE_DIR: "/nonexistent/never-created", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("a production start", () => {
  it("refuses to start without AUTH_SECRET, and says why", () => {
    const r = start({ ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64") });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Otagai cannot start");
    expect(r.stderr).toContain("AUTH_SECRET is required in production");
  });

  it("refuses to start without ENCRYPTION_KEY", () => {
    const r = start({ AUTH_SECRET: "s".repeat(40) });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("ENCRYPTION_KEY is required in production");
  });
});
