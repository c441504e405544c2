import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { municipalityRulebooks, rulebooks, rulebookVersions } from "../schema";

// Rulebooks as the admin desk manages them: the one in force, its versions, who adopted it.

export type NewRulebook = { key: string; nameJa: string; nameEn: string; rules: unknown };

/** Creates a rulebook with its version 1 unless one with that key exists; true if it was created. */
export async function insertRulebookIfMissing(db: Db, book: NewRulebook, savedBy: string | null, now: Date): Promise<boolean> {
  const created = await db
    .insert(rulebooks)
    .values({ ...book, version: 1, createdAt: now })
    .onConflictDoNothing()
    .returning({ key: rulebooks.key });
  if (created.length === 0) return false;
  await db.insert(rulebookVersions).values({ rulebookKey: book.key, version: 1, rules: book.rules, savedBy, savedAt: now });
  return true;
}

/** The rulebook row locked for a new version. */
export async function lockRulebook(db: Db, key: string) {
  const [row] = await db.select().from(rulebooks).where(eq(rulebooks.key, key)).for("update");
  return row ?? null;
}

/** Stores `rules` as the next version and makes it the one in force. */
export async function saveRulebookVersion(db: Db, key: string, version: number, rules: unknown, savedBy: string, now: Date): Promise<void> {
  await db.insert(rulebookVersions).values({ rulebookKey: key, version, rules, savedBy, savedAt: now });
  await db.update(rulebooks).set({ rules, version }).where(eq(rulebooks.key, key));
}

export async function findRulebook(db: Db, key: string) {
  const [row] = await db.select().from(rulebooks).where(eq(rulebooks.key, key));
  return row ?? null;
}

/** Every version of a rulebook, newest first, with how many requests were posted under each. */
export async function rulebookVersionList(db: Db, key: string) {
  return db
    .select({
      version: rulebookVersions.version,
      savedAt: rulebookVersions.savedAt,
      requests: sql<number>`(select count(*)::int from care_requests r where r.rulebook_key = ${rulebookVersions.rulebookKey} and r.rulebook_version = ${rulebookVersions.version})`,
    })
    .from(rulebookVersions)
    .where(eq(rulebookVersions.rulebookKey, key))
    .orderBy(desc(rulebookVersions.version));
}

/** The rulebook a municipality adopted (null: the default). */
export async function adoptedRulebookKey(db: Db, municipalityId: string): Promise<string | null> {
  const [row] = await db
    .select({ key: municipalityRulebooks.rulebookKey })
    .from(municipalityRulebooks)
    .where(eq(municipalityRulebooks.municipalityId, municipalityId));
  return row?.key ?? null;
}

export async function setAdoptedRulebook(db: Db, municipalityId: string, key: string | null): Promise<void> {
  if (key === null) {
    await db.delete(municipalityRulebooks).where(eq(municipalityRulebooks.municipalityId, municipalityId));
    return;
  }
  await db
    .insert(municipalityRulebooks)
    .values({ municipalityId, rulebookKey: key })
    .onConflictDoUpdate({ target: municipalityRulebooks.municipalityId, set: { rulebookKey: key } });
}
