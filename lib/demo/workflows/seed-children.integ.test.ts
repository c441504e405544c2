import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { findChild, listChildren } from "@/db/queries/children";
import { children, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { ageOnDate } from "@/lib/time/dates";
import { tokyoDate } from "@/lib/time/tokyo";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { seedChildren } from "./seed-children";

const key = keyring(generateKey());

describe.each(testDbKindsOf(import.meta.url))("demo children on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());

  it("gives sato.yoko two children, 4 with an egg allergy and 8, and seeding twice adds nothing", async () => {
    await seedChildren(h.db, key);
    await seedChildren(h.db, key);
    expect(await h.db.$count(children)).toBe(5);
    const [sato] = await h.db.select({ id: users.id }).from(users).where(eq(users.email, "sato.yoko@example.com"));
    const list = await listChildren(h.db, sato!.id);
    const today = tokyoDate(new Date());
    expect(list.map((c) => ageOnDate(c.birthDate, today))).toEqual([8, 4]);
    const haruto = await findChild(h.db, sato!.id, list[1]!.id, key);
    expect(haruto?.details.allergies).toContain("卵");
    expect(haruto?.healthConsentAt).not.toBeNull();
  });
});
