import { and, eq } from "drizzle-orm";
import { rulebookKeyFor } from "@/lib/care/view";
import { parseRulebook, type Rulebook } from "@/lib/thanks";
import type { Db } from "../client";
import { members, municipalityRulebooks, rulebooks, rulebookVersions } from "../schema";

/** The key of the rulebook in force for a parent: their municipality's adopted one, else "default". */
export async function rulebookKeyForParent(db: Db, parentId: string): Promise<string> {
  const [row] = await db
    .select({ key: municipalityRulebooks.rulebookKey })
    .from(members)
    .leftJoin(municipalityRulebooks, eq(municipalityRulebooks.municipalityId, members.municipalityId))
    .where(eq(members.userId, parentId));
  return rulebookKeyFor(row?.key);
}

/** The version of a rulebook in force now (null if the rulebook is missing). */
export async function currentRulebookVersion(db: Db, key: string): Promise<number | null> {
  const [row] = await db.select({ version: rulebooks.version }).from(rulebooks).where(eq(rulebooks.key, key));
  return row?.version ?? null;
}

/**
 * A stored rulebook, validated: the given version (the one a care was agreed under), else the one
 * in force. A missing or malformed one is a fault of the platform's data, never of the member's
 * input, so it throws rather than guess an amount.
 */
export async function loadRulebook(db: Db, key: string, version?: number | null): Promise<Rulebook> {
  const [kept] =
    version == null
      ? []
      : await db
          .select({ rules: rulebookVersions.rules })
          .from(rulebookVersions)
          .where(and(eq(rulebookVersions.rulebookKey, key), eq(rulebookVersions.version, version)));
  const [row] = kept ? [kept] : await db.select({ rules: rulebooks.rules }).from(rulebooks).where(eq(rulebooks.key, key));
  if (!row) throw new Error(`rulebook ${key} is missing`);
  const parsed = parseRulebook(row.rules);
  if (!parsed.ok) throw new Error(`rulebook ${key} is invalid: ${parsed.issues.map((i) => `${i.path} ${i.message}`).join("; ")}`);
  return parsed.rulebook;
}
