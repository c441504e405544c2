import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbKindsOf } from "@/test/db";
import type { DbHandle } from "../client";
import { migrateDatabase } from "../migrate";
import { districts, members, municipalities, users } from "../schema";
import { demoMembers } from "./data";
import { seedDemo } from "./town";

describe.each(testDbKindsOf(import.meta.url))("migrations and demo data on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
  });
  afterAll(async () => h?.close());

  it("migrating again is a no-op that reports an existing database", async () => {
    expect(await migrateDatabase(h)).toEqual({ fresh: false });
  });

  it("seeds a living municipality, and seeding twice duplicates nothing", async () => {
    await seedDemo(h.db);
    await seedDemo(h.db);
    const [m] = await h.db.select({ n: count() }).from(members);
    const [u] = await h.db.select({ n: count() }).from(users);
    const [mu] = await h.db.select({ n: count() }).from(municipalities);
    expect(m?.n).toBe(demoMembers.length);
    expect(u?.n).toBe(demoMembers.length);
    expect(mu?.n).toBe(2);
    const [midori] = await h.db.select().from(municipalities).where(eq(municipalities.nameJa, "みどり市"));
    const ds = await h.db.select().from(districts).where(eq(districts.municipalityId, midori!.id));
    expect(ds).toHaveLength(5);
  });

  it("gives every capability to at least one demo member", async () => {
    const rows = await h.db.select({ caps: members.capabilities }).from(members);
    const all = new Set(rows.flatMap((r) => r.caps));
    expect([...all].sort()).toEqual(["admin", "organiser", "parent", "staff", "supporter"]);
  });

  it("refuses a malformed phone number at the database level too", async () => {
    const [one] = await h.db.select().from(members).limit(1);
    await expect(h.db.update(members).set({ phone: "090-1234-5678" }).where(eq(members.userId, one!.userId))).rejects.toThrow();
  });
});
