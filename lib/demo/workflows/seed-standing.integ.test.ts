import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listOpenApplications } from "@/db/queries/certifications";
import { listOpenQualifications } from "@/db/queries/qualifications";
import { listOpenSingleParentRequests } from "@/db/queries/single-parent";
import { standingRecordsOf } from "@/db/queries/standing";
import { organiserApplications } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { badgesOf } from "@/lib/connections/visibility";
import { reminderDue } from "@/lib/members/certification";
import { standingOn } from "@/lib/members/standing";
import { tokyoDate } from "@/lib/time/tokyo";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { demoIds } from "@/test/members";
import { seedStanding } from "./seed-standing";

describe.each(testDbKindsOf(import.meta.url))("demo certifications and verifications on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());

  it("certifies the demo organisers (one near its end), verifies a 保育士 and a single parent, leaves one of each waiting; twice adds nothing", async () => {
    const now = new Date();
    await seedStanding(h.db, now);
    const count = (await h.db.select().from(organiserApplications)).length;
    await seedStanding(h.db, now);
    expect((await h.db.select().from(organiserApplications)).length).toBe(count);

    const id = await demoIds(h.db);
    const today = tokyoDate(now);
    const records = await standingRecordsOf(h.db, ["tanaka.keiko", "watanabe.yumi", "takahashi.misaki", "sato.yoko"].map(id));
    const on = (local: string) => standingOn(records.get(id(local))!, today);
    // 田中 恵子: the badge and the supplement read the same certification now.
    expect(badgesOf(on("tanaka.keiko"))).toEqual(["organiser", "hoikushi"]);
    expect(on("watanabe.yumi").certifiedOrganiser).toBe(true);
    expect(reminderDue(records.get(id("watanabe.yumi"))!.organiserCertifiedUntil!, today)).toBe(true);
    expect(on("takahashi.misaki").singleParent).toBe(true);
    expect(on("sato.yoko")).toEqual({ certifiedOrganiser: false, qualifications: [], singleParent: false });

    expect((await listOpenApplications(h.db)).map((a) => a.displayName)).toEqual(["小林 千代子"]);
    expect((await listOpenQualifications(h.db)).map((q) => q.displayName)).toEqual(["井上 和子"]);
    expect((await listOpenSingleParentRequests(h.db)).map((r) => r.displayName)).toEqual(["中村 彩"]);
  });
});
