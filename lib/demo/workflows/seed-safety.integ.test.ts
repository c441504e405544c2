import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listDetailViews } from "@/db/queries/care-during";
import { careDetailViews, careRequests } from "@/db/schema";
import { seedConnections } from "@/db/seed/connections";
import { seedSafety } from "@/db/seed/safety";
import { seedDemo } from "@/db/seed/town";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { seedCare } from "./seed-care";
import { seedChildren } from "./seed-children";

const now = new Date("2026-11-24T09:00:00+09:00");

describe.each(testDbKindsOf(import.meta.url))("safety demo data on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db, now);
    await seedConnections(h.db, now);
    await seedChildren(h.db, keyring(generateKey()), now);
    await seedCare(h.db, now);
  });
  afterAll(async () => h?.close());

  it("gives the matched demo care one view by its helper, shown in the parent's log, and adds nothing the second time", async () => {
    await seedSafety(h.db);
    await seedSafety(h.db);
    const [care] = await h.db.select().from(careRequests).where(eq(careRequests.state, "matched"));
    const log = await listDetailViews(h.db, care!.id, care!.parentId);
    expect(log).toEqual([expect.objectContaining({ viewerName: "佐藤 陽子", childName: "鈴木 ゆい" })]);
    expect(await h.db.select().from(careDetailViews)).toHaveLength(1);
  });
});
