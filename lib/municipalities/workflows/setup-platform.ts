import "server-only";
import type { Db } from "@/db/client";
import { findUserIdByEmail, grantPlatformAdmin, insertUser } from "@/db/queries/municipalities";
import { insertRulebookIfMissing } from "@/db/queries/rulebooks";
import { DEFAULT_RULEBOOK_KEY } from "@/lib/care/view";
import { DEFAULT_RULEBOOK } from "@/lib/thanks";

export const DEFAULT_RULEBOOK_NAMES = { nameJa: "おたがい標準(1時間500円)", nameEn: "Otagai standard (500 yen an hour)" } as const;

/**
 * What a production database needs before anyone can use it (`npm run db:setup`): the default
 * rulebook, and a first admin by e-mail, who signs in with that address. Running it again changes
 * nothing that exists.
 */
export async function setupPlatform(
  db: Db,
  adminEmail: string | null,
  now: Date,
): Promise<{ rulebookCreated: boolean; adminUserId: string | null }> {
  return db.transaction(async (tx) => {
    const rulebookCreated = await insertRulebookIfMissing(
      tx,
      { key: DEFAULT_RULEBOOK_KEY, ...DEFAULT_RULEBOOK_NAMES, rules: { ...DEFAULT_RULEBOOK, key: DEFAULT_RULEBOOK_KEY } },
      null,
      now,
    );
    if (!adminEmail) return { rulebookCreated, adminUserId: null };
    const email = adminEmail.trim().toLowerCase();
    const userId = (await findUserIdByEmail(tx, email)) ?? (await insertUser(tx, email));
    await grantPlatformAdmin(tx, userId, now);
    return { rulebookCreated, adminUserId: userId };
  });
}
