import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { count, eq, isNotNull } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { careRequests, children, members } from "@/db/schema";
import { demoMembers } from "@/db/seed/data";
import { openChildDetails } from "@/lib/children/sealing";
import { keyring } from "@/lib/crypto/sealed";
import { env } from "@/lib/env";

// The README's "Using a real PostgreSQL" block, run as written on a fresh machine (nothing
// configured), against a database of its own instead of `otagai`; the seed runs twice.
const exec = promisify(execFile);

function readmeSteps(database: string): string[] {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.split(/^## /m).find((s) => s.startsWith("Using a real PostgreSQL"));
  const block = section?.match(/```sh\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error("README.md has no sh block under 'Using a real PostgreSQL'");
  return block
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line && !line.startsWith("npm run dev"))
    .map((line) => line.replace(/\/otagai$/, `/${database}`).replace(/ otagai$/, ` ${database}`));
}

describe("the README's PostgreSQL steps", () => {
  const database = `otagai_readme_${randomBytes(4).toString("hex")}`;
  const home = mkdtempSync(join(tmpdir(), "otagai-readme-"));
  const admin = postgres(env().TEST_PG_ADMIN_URL, { max: 1, onnotice: () => {} });
  afterAll(async () => {
    await admin.unsafe(`drop database if exists ${database} with (force)`);
    await admin.end();
    rmSync(home, { recursive: true, force: true });
  });

  it("create, migrate and seed a fresh database; seeding twice adds nothing; the local key is the one `npm run dev` uses", async () => {
    const steps = readmeSteps(database);
    expect(steps).toEqual([
      `export DATABASE_URL=postgres://postgres@127.0.0.1:5432/${database}`,
      `createdb -h 127.0.0.1 -U postgres ${database}`,
      "npm run db:migrate",
      "npm run db:seed",
    ]);
    // A fresh machine: none of Otagai's settings, and the local secrets in a folder of their own.
    const { DATABASE_URL: _u, ENCRYPTION_KEY: _k, ENCRYPTION_KEYS_PREVIOUS: _p, AUTH_SECRET: _s, NODE_ENV: _n, ...clean } = process.env;
    const script = [...steps, "npm run db:seed"].join("\n");
    const fresh = { ...clean, PGLITE_DIR: join(home, ".data/pglite") } as unknown as NodeJS.ProcessEnv;
    const { code, stdout, stderr } = await exec("bash", ["-euo", "pipefail", "-c", script], { env: fresh, timeout: 240_000 }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code?: number; stdout: string; stderr: string }) => ({ code: e.code ?? 1, stdout: e.stdout, stderr: e.stderr }),
    );
    // Without the child's stack frames, which Vitest would try to map to sources of its own.
    expect(code, `${stdout}\n${stderr}`.replace(/^\s+at .*$/gm, "")).toBe(0);
    expect(stdout).toContain("Migrations applied (postgres, new database).");
    expect(stdout.match(/Demo data ready: 2 municipalities, \d+ members\./g)).toHaveLength(2);

    const url = new URL(env().TEST_PG_ADMIN_URL);
    url.pathname = `/${database}`;
    const h = openDb({ kind: "postgres", url: url.toString(), max: 1 });
    try {
      const [m] = await h.db.select({ n: count() }).from(members);
      expect(m?.n).toBe(demoMembers.length);
      // What comes after matching is in the demo: reported, confirmed (waiting for the cash) and settled.
      const states = (await h.db.select({ state: careRequests.state }).from(careRequests)).map((r) => r.state);
      expect(states).toEqual(expect.arrayContaining(["reported", "completed", "settled"]));
      expect(new Set(states).size).toBeGreaterThan(3);
      // Seeded once: every demo request has notes of its own.
      const notes = await h.db.select({ notes: careRequests.notes }).from(careRequests);
      expect(new Set(notes.map((n) => n.notes)).size).toBe(notes.length);
      // Sealed with the key written beside the embedded database, where `npm run dev` reads it.
      const key = keyring(readFileSync(join(home, ".data/encryption-key"), "utf8").trim());
      const sealed = await h.db
        .select({ id: children.id, details: children.detailsEncrypted })
        .from(children)
        .where(isNotNull(children.detailsEncrypted));
      expect(sealed.length).toBeGreaterThan(0);
      for (const c of sealed) expect(() => openChildDetails(c.details, c.id, key)).not.toThrow();
      const [sato] = await h.db.select({ n: count() }).from(children).where(eq(children.name, "佐藤 はると"));
      expect(sato?.n).toBe(1);
    } finally {
      await h.close();
    }
  });
});
