import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { createPersonalToken } from "@/db/queries/connections";
import { districts, members, municipalities, users } from "@/db/schema";
import { demoEmail } from "@/db/seed/data";

/** The user ids of demo members by e-mail local part (run seedDemo first). */
export async function demoIds(db: Db): Promise<(local: string) => string> {
  const rows = await db.select({ id: users.id, email: users.email }).from(users);
  return (local) => {
    const row = rows.find((r) => r.email === demoEmail(local));
    if (!row) throw new Error(`no demo member ${local}`);
    return row.id;
  };
}

/**
 * A fresh member in a demo municipality (by its name), for tests (integration and e2e) that must
 * not share rows with others; their phone is verified unless `phoneVerified: false`.
 */
export async function newMember(
  db: Db,
  o: {
    name: string;
    kana: string;
    town?: string;
    phone?: string;
    status?: "active" | "suspended";
    /** Verified by SMS unless said otherwise, as every member who finished verifying is. */
    phoneVerified?: boolean;
  },
): Promise<{ id: string; phone: string; email: string; district: string }> {
  const [town] = await db
    .select()
    .from(municipalities)
    .where(eq(municipalities.nameJa, o.town ?? "みどり市"));
  if (!town) throw new Error(`no municipality ${o.town}`);
  const [district] = await db.select().from(districts).where(eq(districts.municipalityId, town.id)).limit(1);
  const phone = o.phone ?? `+8170${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
  const email = `t${randomInt(0, 1e9)}.${Date.now()}@example.com`;
  const [user] = await db.insert(users).values({ email, name: o.name }).returning();
  await db.insert(members).values({
    userId: user!.id,
    displayName: o.name,
    nameKana: o.kana,
    municipalityId: town.id,
    districtId: district!.id,
    birthDate: "1985-05-05",
    phone,
    phoneVerifiedAt: o.phoneVerified === false ? null : new Date(),
    status: o.status ?? "active",
    capabilities: ["parent", "supporter"],
    termsAcceptedAt: new Date(),
    privacyAcceptedAt: new Date(),
  });
  await createPersonalToken(db, user!.id);
  return { id: user!.id, phone, email, district: district!.nameJa };
}
