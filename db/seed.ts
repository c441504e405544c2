import { pathToFileURL } from "node:url";
import { and, eq, inArray } from "drizzle-orm";
import { appKey } from "@/lib/crypto/app-key";
import { env } from "@/lib/env";
import { type Db, openDb, targetFrom } from "./client";
import { migrateDatabase } from "./migrate";
import { districts, members, municipalities, users } from "./schema";
import { demoEmail, demoMembers, demoMunicipalities, demoPhone } from "./seed-data";
import { seedChildren } from "./seed-children";
import { seedCare } from "./seed-care";
import { seedConnections } from "./seed-connections";
import { seedSafety } from "./seed-safety";

/** The whole demo site: town, members, their children; running it again adds nothing. */
export async function seedDemoSite(db: Db, key: Buffer, now = new Date()): Promise<{ members: number }> {
  const result = await seedDemo(db, now);
  await db.transaction((tx) => seedChildren(tx, key, now));
  await db.transaction((tx) => seedConnections(tx));
  await db.transaction((tx) => seedCare(tx, now));
  await db.transaction((tx) => seedSafety(tx));
  return result;
}

/** The demo municipalities and members (tests build on these); running it again adds nothing. */
export async function seedDemo(db: Db, now = new Date()): Promise<{ members: number }> {
  return db.transaction(async (tx) => {
    const districtIds = new Map<string, string[]>();
    for (const m of demoMunicipalities) {
      const { districts: names, ...row } = m;
      await tx.insert(municipalities).values(row).onConflictDoNothing();
      const [muni] = await tx.select().from(municipalities).where(eq(municipalities.code, m.code));
      if (!muni) throw new Error(`seed: municipality ${m.code} missing`);
      await tx
        .insert(districts)
        .values(names.map(([nameJa, nameEn]) => ({ municipalityId: muni.id, nameJa, nameEn })))
        .onConflictDoNothing();
      const rows = await tx
        .select()
        .from(districts)
        .where(and(eq(districts.municipalityId, muni.id), inArray(districts.nameJa, names.map(([ja]) => ja))));
      districtIds.set(
        m.code,
        names.map(([ja]) => rows.find((r) => r.nameJa === ja)!.id),
      );
      districtIds.set(`${m.code}:municipality`, [muni.id]);
    }

    for (const [i, [displayName, nameKana, local, code, districtIndex, birthDate, caps]] of demoMembers.entries()) {
      const email = demoEmail(local);
      await tx.insert(users).values({ email, name: displayName, emailVerified: now }).onConflictDoNothing();
      const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (!user) throw new Error(`seed: user ${email} missing`);
      await tx
        .insert(members)
        .values({
          userId: user.id,
          displayName,
          nameKana,
          municipalityId: districtIds.get(`${code}:municipality`)![0]!,
          districtId: districtIds.get(code)![districtIndex]!,
          birthDate,
          phone: demoPhone(i),
          capabilities: caps,
          termsAcceptedAt: now,
          privacyAcceptedAt: now,
        })
        .onConflictDoNothing();
    }
    return { members: demoMembers.length };
  });
}

async function main() {
  const handle = openDb(targetFrom(env()));
  try {
    await migrateDatabase(handle);
    const { members: count } = await seedDemoSite(handle.db, appKey());
    console.log(`Demo data ready: ${demoMunicipalities.length} municipalities, ${count} members.`);
  } finally {
    await handle.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
