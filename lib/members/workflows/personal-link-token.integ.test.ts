import { readFileSync } from "node:fs";
import { eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { findPersonalToken, personalToken } from "@/db/queries/connections";
import { connectionTokens, districts, members, municipalities, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { newMember } from "@/test/members";
import { outboxSender } from "@/test/phone";
import { completeOnboarding } from "./onboard";

// Every member has a personal link token from the moment the profile exists, so the pages that
// show it only read (no GET writes); members from before get one from migration 0005.
const now = new Date("2026-11-30T10:00:00+09:00");

describe.each(testDbKindsOf(import.meta.url))("personal link tokens on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db, now);
  });
  afterAll(() => h.close());

  it("onboarding gives the new member a token", async () => {
    const [user] = await h.db
      .insert(users)
      .values({ email: `token.${kind}@example.com` })
      .returning();
    const [town] = await h.db.select().from(municipalities).where(eq(municipalities.nameJa, "みどり市"));
    const [district] = await h.db.select().from(districts).where(eq(districts.municipalityId, town!.id)).limit(1);
    await completeOnboarding(
      h.db,
      outboxSender,
      user!.id,
      {
        displayName: "新 会員",
        nameKana: "しん かいいん",
        municipalityId: town!.id,
        districtId: district!.id,
        birthDate: "1990-01-01",
        phone: "+817011112222",
        capabilities: ["parent"],
      } as Parameters<typeof completeOnboarding>[3],
      now,
    );
    expect(await findPersonalToken(h.db, user!.id)).toMatch(/^[\w-]{20,100}$/);
  });

  it("the demo town and the test kit give every member a token", async () => {
    const fresh = await newMember(h.db, { name: "鍵", kana: "かぎ" });
    expect(await personalToken(h.db, fresh.id)).toMatch(/^[\w-]{20,100}$/);
    const missing = await h.db
      .select({ userId: members.userId })
      .from(members)
      .leftJoin(connectionTokens, eq(connectionTokens.userId, members.userId))
      .where(isNull(connectionTokens.token));
    expect(missing).toEqual([]);
  });

  it("migration 0005 gives members without a token a distinct, URL-safe one and keeps the others", async () => {
    const [a, b, c] = [
      await newMember(h.db, { name: "甲", kana: "こう" }),
      await newMember(h.db, { name: "乙", kana: "おつ" }),
      await newMember(h.db, { name: "丙", kana: "へい" }),
    ];
    const kept = await personalToken(h.db, c.id);
    await h.db.delete(connectionTokens).where(eq(connectionTokens.userId, a.id));
    await h.db.delete(connectionTokens).where(eq(connectionTokens.userId, b.id));
    await h.db.execute(sql.raw(readFileSync("db/migrations/0005_personal_link_tokens.sql", "utf8")));
    const [ta, tb] = [await personalToken(h.db, a.id), await personalToken(h.db, b.id)];
    expect(ta).toMatch(/^[\w-]{40,50}$/);
    expect(tb).toMatch(/^[\w-]{40,50}$/);
    expect(ta).not.toBe(tb);
    expect(await personalToken(h.db, c.id)).toBe(kept);
  });
});
