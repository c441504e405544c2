import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateKey, parseKey } from "@/lib/crypto/sealed";
import type { DbHandle } from "./client";
import { careFeedback, careReports, careRequests, users } from "./schema";
import { seedDemo } from "./seed";
import { seedCare } from "./seed-care";
import { seedCareAfter } from "./seed-care-after";
import { seedChildren } from "./seed-children";
import { seedConnections } from "./seed-connections";
import { createTestDb, testDbKinds } from "@/test/db";

describe.each(testDbKinds)("demo cares after matching on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
    await seedChildren(h.db, parseKey(generateKey()));
    await seedConnections(h.db);
    await seedCare(h.db);
  });
  afterAll(async () => h?.close());

  it("gives sato.yoko one settled care with its receipt and one report to confirm; seeding twice adds nothing", async () => {
    await seedCareAfter(h.db);
    await seedCareAfter(h.db);
    const [sato] = await h.db.select({ id: users.id }).from(users).where(eq(users.email, "sato.yoko@example.com"));
    const rows = await h.db
      .select({ state: careRequests.state, pays: careReports.parentPaysYen, thanked: careFeedback.thankedAt, surveyed: careFeedback.surveyedAt })
      .from(careRequests)
      .innerJoin(careReports, eq(careReports.requestId, careRequests.id))
      .leftJoin(careFeedback, eq(careFeedback.requestId, careRequests.id))
      .where(eq(careRequests.parentId, sato!.id));
    expect(rows.map((r) => r.state).sort()).toEqual(["reported", "settled"]);
    const settled = rows.find((r) => r.state === "settled")!;
    // 1 h 10 min → 750 yen, and a 220-yen bus fare on top.
    expect(settled.pays).toBe(970);
    expect(settled.thanked).not.toBeNull();
    expect(settled.surveyed).not.toBeNull();
  });
});
