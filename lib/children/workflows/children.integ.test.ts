import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { findChild, listChildren } from "@/db/queries/children";
import { children, users } from "@/db/schema";
import { type ChildInput, emptyDetails } from "@/lib/children";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { removeChild } from "./remove-child";
import { createChild, updateChild } from "./save-child";

const key = keyring(generateKey());
const now = new Date("2026-11-24T07:00:00+09:00");
const later = new Date("2026-11-25T07:00:00+09:00");
// A child of someone else, a removed one and an unknown id all look alike: not found, nothing changed.
const notFound = { code: "not_found" };

const haruto: ChildInput = {
  name: "佐藤 はると",
  nameKana: "さとう はると",
  birthDate: "2022-05-03",
  healthConsent: true,
  details: {
    ...emptyDetails(),
    allergies: "卵アレルギー(加熱してもだめ)",
    emergencyContacts: [{ name: "佐藤 一郎", relation: "祖父", phone: "+819012345678" }],
  },
};

describe.each(testDbKindsOf(import.meta.url))("children queries on %s", (kind) => {
  let h: DbHandle;
  let parentA: string;
  let memberB: string;

  beforeAll(async () => {
    h = await createTestDb(kind);
    const rows = await h.db
      .insert(users)
      .values([{ email: "a@example.com" }, { email: "b@example.com" }])
      .returning({ id: users.id });
    [parentA, memberB] = rows.map((r) => r.id) as [string, string];
  });
  afterAll(async () => h?.close());

  const rawRow = async (id: string) => {
    const result = await h.db.execute(sql`select name, details_encrypted, health_consent_at, removed_at from children where id = ${id}`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
    return rows[0]!;
  };

  it("creates a child the parent can read back, with the details sealed at rest", async () => {
    const id = await createChild(h.db, parentA, haruto, key, now);
    const child = await findChild(h.db, parentA, id, key);
    expect(child).toMatchObject({ id, parentId: parentA, name: "佐藤 はると", birthDate: "2022-05-03", healthConsentAt: now });
    expect(child?.details).toEqual(haruto.details);
    const raw = await rawRow(id);
    expect(String(raw.details_encrypted)).toMatch(new RegExp(`^v2:${key.current.id}:`));
    expect(String(raw.details_encrypted)).not.toContain("卵");
    expect(String(raw.details_encrypted)).not.toContain("アレルギー");
    expect(String(raw.details_encrypted)).not.toContain("9012345678");
    expect(await listChildren(h.db, parentA)).toContainEqual({
      id,
      name: "佐藤 はると",
      nameKana: "さとう はると",
      birthDate: "2022-05-03",
    });
  });

  it("updates a child, keeping the first consent while health details remain and clearing it with them", async () => {
    const id = await createChild(h.db, parentA, { ...haruto, name: "更新する子" }, key, now);
    await expect(updateChild(h.db, parentA, id, { ...haruto, name: "更新した子" }, key, later)).resolves.toBeUndefined();
    expect(await findChild(h.db, parentA, id, key)).toMatchObject({ name: "更新した子", healthConsentAt: now, updatedAt: later });
    const noHealth = { ...haruto, healthConsent: false, details: { ...emptyDetails(), sleepHabits: "13時からお昼寝" } };
    await expect(updateChild(h.db, parentA, id, noHealth, key, later)).resolves.toBeUndefined();
    const child = await findChild(h.db, parentA, id, key);
    expect(child?.healthConsentAt).toBeNull();
    expect(child?.details).toEqual(noHealth.details);
  });

  it("lets no one else read, update or remove a child, and leaves the parent's row unchanged", async () => {
    const id = await createChild(h.db, parentA, { ...haruto, name: "Aさんの子" }, key, now);
    const before = await h.db.select().from(children).where(eq(children.id, id));
    expect(await findChild(h.db, memberB, id, key)).toBeNull();
    expect(await listChildren(h.db, memberB)).toEqual([]);
    await expect(updateChild(h.db, memberB, id, { ...haruto, name: "乗っ取り" }, key, later)).rejects.toMatchObject(notFound);
    await expect(removeChild(h.db, memberB, id, later)).rejects.toMatchObject(notFound);
    expect(await h.db.select().from(children).where(eq(children.id, id))).toEqual(before);
  });

  it("answers unknown and malformed ids with not found", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid", "", "1; drop table children"]) {
      expect(await findChild(h.db, parentA, id, key)).toBeNull();
      await expect(updateChild(h.db, parentA, id, haruto, key, later)).rejects.toMatchObject(notFound);
      await expect(removeChild(h.db, parentA, id, later)).rejects.toMatchObject(notFound);
    }
  });

  it("removes a child: details erased, name kept, gone from the list and from reads", async () => {
    const id = await createChild(h.db, parentA, { ...haruto, name: "削除する子" }, key, now);
    await expect(removeChild(h.db, parentA, id, later)).resolves.toBeUndefined();
    const raw = await rawRow(id);
    expect(raw).toMatchObject({ name: "削除する子", details_encrypted: null, health_consent_at: null });
    expect(raw.removed_at).not.toBeNull();
    expect(await findChild(h.db, parentA, id, key)).toBeNull();
    expect((await listChildren(h.db, parentA)).map((c) => c.id)).not.toContain(id);
    await expect(updateChild(h.db, parentA, id, haruto, key, later)).rejects.toMatchObject(notFound);
    await expect(removeChild(h.db, parentA, id, later)).rejects.toMatchObject(notFound);
  });

  it("lists a parent's children oldest first", async () => {
    const parent = (await h.db.insert(users).values({ email: "c@example.com" }).returning({ id: users.id }))[0]!.id;
    await createChild(h.db, parent, { ...haruto, name: "弟", birthDate: "2023-01-01" }, key, now);
    await createChild(h.db, parent, { ...haruto, name: "姉", birthDate: "2018-01-01" }, key, now);
    expect((await listChildren(h.db, parent)).map((c) => c.name)).toEqual(["姉", "弟"]);
  });
});
