import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { loadRulebook } from "@/db/queries/care-rulebooks";
import { careRequests, municipalities, municipalityRulebooks, notifications, rulebooks } from "@/db/schema";
import { seedConnections } from "@/db/seed/connections";
import { seedDemo } from "@/db/seed/town";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { seedCare } from "./seed-care";
import { seedChildren } from "./seed-children";

const now = new Date("2026-11-24T09:00:00+09:00");

describe.each(testDbKindsOf(import.meta.url))("care demo data on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db, now);
  });
  afterAll(async () => h?.close());

  it("adds only the rulebooks when the demo children and connections are missing", async () => {
    await seedCare(h.db, now);
    expect((await h.db.select({ key: rulebooks.key }).from(rulebooks)).map((r) => r.key).sort()).toEqual(["default", "famisapo_example"]);
    expect((await loadRulebook(h.db, "default")).rates.firstChildPerHourYen).toBe(500);
    expect((await loadRulebook(h.db, "famisapo_example")).waiverAllowed).toBe(false);
    const [aoba] = await h.db.select().from(municipalities).where(eq(municipalities.code, "990002"));
    expect(await h.db.select().from(municipalityRulebooks)).toEqual([{ municipalityId: aoba!.id, rulebookKey: "famisapo_example" }]);
    const [r] = await h.db.select({ n: count() }).from(careRequests);
    expect(r?.n).toBe(0);
  });

  it("adds requests in several states, and running it again adds nothing", async () => {
    await seedConnections(h.db, now);
    await seedChildren(h.db, keyring(generateKey()), now);
    await seedCare(h.db, now);
    const states = async () => (await h.db.select({ state: careRequests.state }).from(careRequests)).map((r) => r.state).sort();
    expect(await states()).toEqual(["expired", "matched", "offered", "open"]);
    const [n] = await h.db.select({ n: count() }).from(notifications);
    await seedCare(h.db, now);
    await seedCare(h.db, new Date(now.getTime() + 60_000));
    expect(await states()).toEqual(["expired", "matched", "offered", "open"]);
    const [again] = await h.db.select({ n: count() }).from(notifications);
    expect(again?.n).toBe(n?.n);
    const [matched] = await h.db.select().from(careRequests).where(eq(careRequests.state, "matched"));
    expect(matched).toMatchObject({ insured: true, rulebookKey: "default" });
  });
});
