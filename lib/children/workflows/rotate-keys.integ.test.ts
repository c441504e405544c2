import { createCipheriv, randomBytes } from "node:crypto";
import { asc, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { findChild } from "@/db/queries/children";
import { children } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { type ChildDetails, openChildDetails, sealChildDetails } from "@/lib/children";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { seedChildren } from "@/lib/demo/workflows/seed-children";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { rotateKeys } from "./rotate-keys";

const a = generateKey();
const b = generateKey();
const now = new Date("2026-11-24T07:00:00+09:00");

// What the code before key ids wrote for a child: "v1:" + base64(iv ‖ tag ‖ ciphertext), no associated data.
function sealV1(details: ChildDetails, base64Key: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", Buffer.from(base64Key, "base64"), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ v: 1, ...details }), "utf8"), cipher.final()]);
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

describe.each(testDbKindsOf(import.meta.url))("key rotation on %s", (kind) => {
  let h: DbHandle;
  let all: { id: string; parentId: string }[];
  const stored = async () =>
    h.db
      .select({ id: children.id, sealed: children.detailsEncrypted })
      .from(children)
      .where(isNotNull(children.detailsEncrypted))
      .orderBy(asc(children.id));
  /** Each child's details as its parent reads them, with the given keys. */
  const parentsRead = async (keys: ReturnType<typeof keyring>) =>
    Promise.all(all.map(async (c) => (await findChild(h.db, c.parentId, c.id, keys))?.details));

  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db, now);
    // The demo's children under key A, one of them still in the old format.
    await seedChildren(h.db, keyring(a), now);
    all = await h.db.select({ id: children.id, parentId: children.parentId }).from(children).orderBy(asc(children.id));
    const [oldest] = all;
    const details = await findChild(h.db, oldest!.parentId, oldest!.id, keyring(a));
    await h.db
      .update(children)
      .set({ detailsEncrypted: sealV1(details!.details, a) })
      .where(eq(children.id, oldest!.id));
  });
  afterAll(async () => h?.close());

  it("binds each child's details to that child: copied onto another child they do not open", async () => {
    const [first, second] = await stored();
    expect(() => openChildDetails(first!.sealed, second!.id, keyring(a))).not.toThrow(); // the old format has no binding yet
    expect(() => openChildDetails(second!.sealed, first!.id, keyring(a))).toThrow();
  });

  it("re-seals under key B; interrupted, every child still opens with B and A; resumed, it finishes; then only B is needed", async () => {
    const before = await parentsRead(keyring(a));
    expect(all.length).toBe(5);
    expect(before.some((d) => d?.allergies.includes("卵"))).toBe(true);
    const rotated = keyring(b, [a]);

    const seen: number[] = [];
    const first = await rotateKeys(h.db, rotated, { batchSize: 2, maxBatches: 1, onBatch: (p) => seen.push(p.resealed) });
    expect(first).toEqual({ resealed: 2, total: 5, batches: 1, done: false });
    expect(seen).toEqual([2]);
    expect(await parentsRead(rotated)).toEqual(before);
    await expect(parentsRead(keyring(b))).rejects.toThrow();

    const second = await rotateKeys(h.db, rotated, { batchSize: 2, onBatch: (p) => seen.push(p.resealed) });
    expect(second).toMatchObject({ resealed: 3, total: 3, done: true });
    expect(seen).toEqual([2, 2, 3]);
    expect(await parentsRead(keyring(b))).toEqual(before);
    const rows = await stored();
    expect(rows.every((r) => r.sealed!.startsWith(`v2:${keyring(b).current.id}:`))).toBe(true);
    // Now bound to its child, the once old-format value too.
    expect(() => openChildDetails(rows[0]!.sealed, rows[1]!.id, keyring(b))).toThrow();

    // A second run changes nothing.
    expect(await rotateKeys(h.db, rotated)).toEqual({ resealed: 0, total: 0, batches: 1, done: true });
    expect(await stored()).toEqual(rows);
  });

  it("stops, naming the child, at a value no configured key opens, and leaves it as it was", async () => {
    const [victim] = await stored();
    const parentId = all.find((c) => c.id === victim!.id)!.parentId;
    const details = (await findChild(h.db, parentId, victim!.id, keyring(b)))!.details;
    const sealedElsewhere = sealChildDetails(details, victim!.id, keyring(generateKey()));
    await h.db.update(children).set({ detailsEncrypted: sealedElsewhere }).where(eq(children.id, victim!.id));
    await expect(rotateKeys(h.db, keyring(b))).rejects.toThrow(new RegExp(`child ${victim!.id}`));
    const [after] = await h.db.select({ sealed: children.detailsEncrypted }).from(children).where(eq(children.id, victim!.id));
    expect(after!.sealed).toBe(sealedElsewhere);
  });
});
