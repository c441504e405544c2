import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { careFeedback, careReports, careRequests, users } from "@/db/schema";
import { seedConnections } from "@/db/seed/connections";
import { seedDemo } from "@/db/seed/town";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { seedCare } from "./seed-care";
import { seedCareAfter } from "./seed-care-after";
import { seedChildren } from "./seed-children";

describe.each(testDbKindsOf(import.meta.url))("demo cares after matching on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
    await seedChildren(h.db, keyring(generateKey()));
    await seedConnections(h.db);
    await seedCare(h.db);
  });
  afterAll(async () => h?.close());

  it("gives sato.yoko one settled care with its receipt and one report to confirm; seeding twice adds nothing", async () => {
    await seedCareAfter(h.db);
    await seedCareAfter(h.db);
    const [sato] = await h.db.select({ id: users.id }).from(users).where(eq(users.email, "sato.yoko@example.com"));
    const rows = await h.db
      .select({
        state: careRequests.state,
        pays: careReports.parentPaysYen,
        thanked: careFeedback.thankedAt,
        surveyed: careFeedback.surveyedAt,
      })
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

  it("gives suzuki.kenta a confirmed care whose thank-you is still to be handed over", async () => {
    const [suzuki] = await h.db.select({ id: users.id }).from(users).where(eq(users.email, "suzuki.kenta@example.com"));
    const rows = await h.db
      .select({ state: careRequests.state, pays: careReports.parentPaysYen, confirmed: careReports.confirmedAt })
      .from(careRequests)
      .innerJoin(careReports, eq(careReports.requestId, careRequests.id))
      .where(eq(careRequests.parentId, suzuki!.id));
    // Two hours → 1,000 yen, waiting for the cash.
    expect(rows).toEqual([{ state: "completed", pays: 1000, confirmed: expect.any(Date) }]);
  });
});
