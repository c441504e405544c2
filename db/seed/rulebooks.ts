import { eq } from "drizzle-orm";
import { DEFAULT_RULEBOOK_KEY } from "@/lib/care/view";
import { DEFAULT_RULEBOOK, FAMISAPO_EXAMPLE_RULEBOOK } from "@/lib/thanks";
import type { Db } from "../client";
import { insertRulebookIfMissing } from "../queries/rulebooks";
import { municipalities, municipalityRulebooks } from "../schema";

/** The default rulebook (the published model) and the ファミサポ-style example, adopted by あおば町. */
export async function seedRulebooks(tx: Db): Promise<void> {
  const now = new Date();
  await insertRulebookIfMissing(
    tx,
    {
      key: DEFAULT_RULEBOOK_KEY,
      nameJa: "おたがい標準(1時間500円)",
      nameEn: "Otagai standard (500 yen an hour)",
      rules: { ...DEFAULT_RULEBOOK, key: DEFAULT_RULEBOOK_KEY },
    },
    null,
    now,
  );
  await insertRulebookIfMissing(
    tx,
    {
      key: FAMISAPO_EXAMPLE_RULEBOOK.key,
      nameJa: "ファミサポ型の例",
      nameEn: "Family Support Center style (example)",
      rules: FAMISAPO_EXAMPLE_RULEBOOK,
    },
    null,
    now,
  );
  const [aoba] = await tx.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.code, "990002"));
  if (aoba)
    await tx
      .insert(municipalityRulebooks)
      .values({ municipalityId: aoba.id, rulebookKey: FAMISAPO_EXAMPLE_RULEBOOK.key })
      .onConflictDoNothing();
}
