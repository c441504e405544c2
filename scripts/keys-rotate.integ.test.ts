import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, eq, ne } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { findChild } from "@/db/queries/children";
import { children, incidents, napChecks, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { openText, sealText } from "@/lib/care/during/sealed-texts";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { seedChildren } from "@/lib/demo/workflows/seed-children";
import { insertCare } from "@/test/care-insert";

// The README's rotation steps on the embedded default: the demo sealed under the local key in
// `.data/encryption-key`; a new ENCRYPTION_KEY, the old one in ENCRYPTION_KEYS_PREVIOUS, then
// `npm run keys:rotate`; afterwards the new key alone opens every child's details.
const home = mkdtempSync(join(tmpdir(), "otagai-rotate-"));
const dataDir = join(home, ".data/pglite");
const oldKey = generateKey();
const newKey = generateKey();
const napId = randomUUID();
const incidentId = randomUUID();

function rotate(settings: Record<string, string>) {
  const { DATABASE_URL: _u, ENCRYPTION_KEY: _k, ENCRYPTION_KEYS_PREVIOUS: _p, ...clean } = process.env;
  return spawnSync("npm", ["run", "-s", "keys:rotate"], {
    env: { ...clean, PGLITE_DIR: dataDir, ...settings } as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 120_000,
  });
}

async function withDb<T>(f: (h: ReturnType<typeof openDb>) => Promise<T>): Promise<T> {
  const h = openDb({ kind: "pglite", dataDir });
  try {
    return await f(h);
  } finally {
    await h.close();
  }
}

describe("npm run keys:rotate", () => {
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it("re-seals a seeded embedded database under the new key; run again, it re-seals nothing", async () => {
    mkdirSync(join(home, ".data"), { recursive: true });
    writeFileSync(join(home, ".data/encryption-key"), `${oldKey}\n`);
    const before = await withDb(async (h) => {
      await migrateDatabase(h);
      await seedDemo(h.db);
      await seedChildren(h.db, keyring(oldKey));
      const rows = await h.db.select({ id: children.id, parentId: children.parentId }).from(children).orderBy(asc(children.id));
      // A care of the first child with a nap note written before sealing (plain) and an incident sealed under the old key.
      const [kid] = rows;
      const [helper] = await h.db.select({ id: users.id }).from(users).where(ne(users.id, kid!.parentId)).limit(1);
      const start = new Date("2026-06-01T10:00:00+09:00");
      const care = await insertCare(h.db, {
        parentId: kid!.parentId,
        childIds: [kid!.id],
        startAt: start,
        endAt: new Date(start.getTime() + 3_600_000),
        helperId: helper!.id,
        state: "settled",
      });
      await h.db.insert(napChecks).values({
        id: napId,
        requestId: care,
        childId: kid!.id,
        checkedBy: helper!.id,
        state: "asleep_ok",
        note: "古いメモ",
        checkedAt: start,
      });
      await h.db.insert(incidents).values({
        id: incidentId,
        requestId: care,
        reportedBy: helper!.id,
        severity: "minor",
        description: sealText("転んで膝をすりむきました", "incident", incidentId, keyring(oldKey)),
        occurredAt: start,
        careRecord: {},
      });
      return Promise.all(rows.map(async (c) => ({ ...c, details: (await findChild(h.db, c.parentId, c.id, keyring(oldKey)))!.details })));
    });
    expect(before.length).toBeGreaterThan(0);

    const run = rotate({ ENCRYPTION_KEY: newKey, ENCRYPTION_KEYS_PREVIOUS: oldKey });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${before.length}/${before.length} re-sealed`);
    expect(run.stdout).toContain(`under key ${keyring(newKey).current.id}`);

    const after = await withDb(async (h) =>
      Promise.all(before.map(async (c) => ({ ...c, details: (await findChild(h.db, c.parentId, c.id, keyring(newKey)))!.details }))),
    );
    expect(after).toEqual(before);
    expect(run.stdout).toContain("2 nap notes and incident texts sealed");
    const texts = await withDb(async (h) => ({
      note: (await h.db.select({ v: napChecks.note }).from(napChecks).where(eq(napChecks.id, napId)))[0]!.v!,
      description: (await h.db.select({ v: incidents.description }).from(incidents).where(eq(incidents.id, incidentId)))[0]!.v,
    }));
    expect(JSON.stringify(texts)).not.toMatch(/古い|転んで/);
    expect(openText(texts.note, "nap", napId, keyring(newKey))).toBe("古いメモ");
    expect(openText(texts.description, "incident", incidentId, keyring(newKey))).toBe("転んで膝をすりむきました");

    const again = rotate({ ENCRYPTION_KEY: newKey });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("Done: 0 re-sealed");
    expect(again.stdout).toContain(" 0 nap notes and incident texts sealed");
    // Two runs of the script, each starting tsx and an embedded PostgreSQL: slow on a busy machine.
  }, 180_000);

  it("without the old key, stops with a message naming the setting to fix", () => {
    const run = rotate({ ENCRYPTION_KEY: generateKey() });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("ENCRYPTION_KEYS_PREVIOUS");
  });
});
