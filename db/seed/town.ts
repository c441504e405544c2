import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { createPersonalToken } from "../queries/connections";
import { districts, members, municipalities, municipalityStaff, users } from "../schema";
import { demoEmail, demoMembers, demoMunicipalities, demoPhone } from "./data";

/** The demo municipalities and members (tests build on these); running it again adds nothing. */
export async function seedDemo(db: Db, now = new Date()): Promise<{ members: number }> {
  const districtIds = new Map<string, string[]>();
  for (const m of demoMunicipalities) {
    const { districts: names, ...row } = m;
    await db.insert(municipalities).values(row).onConflictDoNothing();
    const [muni] = await db.select().from(municipalities).where(eq(municipalities.code, m.code));
    if (!muni) throw new Error(`seed: municipality ${m.code} missing`);
    await db
      .insert(districts)
      .values(names.map(([nameJa, nameEn]) => ({ municipalityId: muni.id, nameJa, nameEn })))
      .onConflictDoNothing();
    const rows = await db
      .select()
      .from(districts)
      .where(
        and(
          eq(districts.municipalityId, muni.id),
          inArray(
            districts.nameJa,
            names.map(([ja]) => ja),
          ),
        ),
      );
    districtIds.set(
      m.code,
      names.map(([ja]) => rows.find((r) => r.nameJa === ja)!.id),
    );
    districtIds.set(`${m.code}:municipality`, [muni.id]);
  }

  for (const [i, [displayName, nameKana, local, code, districtIndex, birthDate, caps]] of demoMembers.entries()) {
    const email = demoEmail(local);
    await db.insert(users).values({ email, name: displayName, emailVerified: now }).onConflictDoNothing();
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (!user) throw new Error(`seed: user ${email} missing`);
    await db
      .insert(members)
      .values({
        userId: user.id,
        displayName,
        nameKana,
        municipalityId: districtIds.get(`${code}:municipality`)![0]!,
        districtId: districtIds.get(code)![districtIndex]!,
        birthDate,
        phone: demoPhone(i),
        // Demo members have proved their (fictional) numbers, so the digits handshake works in the demo.
        phoneVerifiedAt: now,
        capabilities: caps,
        termsAcceptedAt: now,
        privacyAcceptedAt: now,
      })
      .onConflictDoNothing();
    await createPersonalToken(db, user.id);
    // The demo's 自治体職員 is staff of their own town: they see its statistics.
    if (caps.includes("staff")) {
      await db
        .insert(municipalityStaff)
        .values({ userId: user.id, municipalityId: districtIds.get(`${code}:municipality`)![0]!, assignedAt: now })
        .onConflictDoNothing();
    }
  }
  return { members: demoMembers.length };
}
