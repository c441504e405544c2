import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { loadRulebook, rulebookKeyForParent } from "@/db/queries/care-rulebooks";
import { careRequests, municipalities, rulebookVersions } from "@/db/schema";
import { postCareRequest } from "@/lib/care/workflows/post-request";
import { DEFAULT_RULEBOOK } from "@/lib/thanks";
import { BEFORE, child, connect, createCareTestDb, member, request } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { refusal } from "@/test/refusal";
import { checkRulebookText } from "../preview";
import { adoptDefaultRulebook, saveOwnRulebook } from "./rulebook";
import { setupPlatform } from "./setup-platform";

const NOW = new Date("2026-05-01T10:00:00+09:00");
const withBase = (yen: number) => JSON.stringify({ ...DEFAULT_RULEBOOK, rates: { ...DEFAULT_RULEBOOK.rates, firstChildPerHourYen: yen } });

describe.each(testDbKindsOf(import.meta.url))("a municipality's own rulebook on %s", (kind) => {
  let h: DbHandle;
  let admin: string;
  let town: string;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
    admin = (await setupPlatform(h.db, "boss@example.jp", NOW)).adminUserId!;
    const [midori] = await h.db.select().from(municipalities).where(eq(municipalities.nameJa, "みどり市"));
    town = midori!.id;
  });
  afterAll(async () => h?.close());

  it("previews the sample cares, saves versions, and a care keeps the version it was asked under", async () => {
    const preview = checkRulebookText(withBase(600), "ignored");
    expect(preview.ok && preview.samples.map((s) => s.ok && s.breakdown.thanksYen)).toEqual([900, 1900, 600, 1200, 1500]);

    await saveOwnRulebook(h.db, admin, { municipalityId: town, rules: withBase(600) }, NOW);
    const parent = await member(h.db, "親");
    const helper = await member(h.db, "甲");
    await connect(h.db, parent, helper);
    const kid = await child(h.db, parent, "2021-05-01");
    const id = await postCareRequest(h.db, parent, request([kid], [helper]), BEFORE);

    await saveOwnRulebook(h.db, admin, { municipalityId: town, rules: withBase(700) }, NOW);
    const key = await rulebookKeyForParent(h.db, parent);
    expect(key).toMatch(/^city_/);
    expect((await h.db.select().from(rulebookVersions).where(eq(rulebookVersions.rulebookKey, key))).map((v) => v.version).sort()).toEqual([
      1, 2,
    ]);
    const [row] = await h.db.select().from(careRequests).where(eq(careRequests.id, id));
    expect(row!.rulebookVersion).toBe(1);
    expect((await loadRulebook(h.db, row!.rulebookKey, row!.rulebookVersion)).rates.firstChildPerHourYen).toBe(600);
    expect((await loadRulebook(h.db, key)).rates.firstChildPerHourYen).toBe(700);

    await adoptDefaultRulebook(h.db, admin, town);
    expect(await rulebookKeyForParent(h.db, parent)).toBe("default");
  });

  it("refuses text that is not a rulebook, and anyone who is not an admin, changing nothing", async () => {
    const before = await h.db.select().from(rulebookVersions);
    expect(await refusal(saveOwnRulebook(h.db, admin, { municipalityId: town, rules: "{not json" }, NOW))).toMatchObject({
      key: "field.rulebook_json",
      field: "rules",
    });
    const bad = JSON.stringify({ ...DEFAULT_RULEBOOK, rates: { firstChildPerHourYen: -1, extraChildPerHourYen: 250 } });
    expect(await refusal(saveOwnRulebook(h.db, admin, { municipalityId: town, rules: bad }, NOW))).toMatchObject({
      key: "field.rulebook_rules",
    });
    const someone = await member(h.db, "誰か");
    expect(await refusal(saveOwnRulebook(h.db, someone, { municipalityId: town, rules: withBase(600) }, NOW))).toMatchObject({
      code: "not_found",
    });
    expect(await h.db.select().from(rulebookVersions)).toHaveLength(before.length);
  });
});
