import "server-only";
import type { Db } from "@/db/client";
import { findMunicipality } from "@/db/queries/municipalities";
import { findRulebook, insertRulebookIfMissing, lockRulebook, saveRulebookVersion, setAdoptedRulebook } from "@/db/queries/rulebooks";
import { DEFAULT_RULEBOOK_KEY } from "@/lib/care/view";
import { AppError, notFound } from "@/lib/errors";
import { checkRulebookText, type RulebookCheck } from "../preview";
import { ownRulebookKey } from "../schemas";
import { assertAdmin } from "./admin-access";

/** What the edited text would give for the sample cares; nothing is stored. */
export async function previewRulebook(db: Db, adminId: string, input: { municipalityId: string; rules: string }): Promise<RulebookCheck> {
  await assertAdmin(db, adminId);
  const town = await findMunicipality(db, input.municipalityId);
  if (!town) throw notFound();
  return checkRulebookText(input.rules, ownRulebookKey(town.code));
}

/**
 * Saves a municipality's own rulebook as its next version and adopts it. The text must pass the
 * rulebook schema; cares already posted keep the version they were asked under.
 */
export async function saveOwnRulebook(
  db: Db,
  adminId: string,
  input: { municipalityId: string; rules: string },
  now: Date,
): Promise<RulebookCheck> {
  return db.transaction(async (tx) => {
    await assertAdmin(tx, adminId);
    const town = await findMunicipality(tx, input.municipalityId);
    if (!town) throw notFound();
    const key = ownRulebookKey(town.code);
    const check = checkRulebookText(input.rules, key);
    if (!check.ok) throw new AppError("invalid_input", { key: `field.rulebook_${check.problem}`, field: "rules" });
    const rules = { ...check.rulebook, key };
    const created = await insertRulebookIfMissing(
      tx,
      { key, nameJa: `${town.nameJa}のルール`, nameEn: `${town.nameEn} rules`, rules },
      adminId,
      now,
    );
    if (!created) {
      const current = await lockRulebook(tx, key);
      await saveRulebookVersion(tx, key, current!.version + 1, rules, adminId, now);
    }
    await setAdoptedRulebook(tx, town.id, key);
    return check;
  });
}

/** The municipality goes back to the default rulebook (its own stays, with its versions, for later). */
export async function adoptDefaultRulebook(db: Db, adminId: string, municipalityId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await assertAdmin(tx, adminId);
    if (!(await findMunicipality(tx, municipalityId))) throw notFound();
    if (!(await findRulebook(tx, DEFAULT_RULEBOOK_KEY))) throw new Error("the default rulebook is missing: run npm run db:setup");
    await setAdoptedRulebook(tx, municipalityId, null);
  });
}
