import { inArray } from "drizzle-orm";
import { DEFAULT_PREFERENCES, type Preferences } from "@/lib/notify/preferences";
import type { Db } from "../client";
import { notificationPreferences } from "../schema";

/** Each member's notification choices (the defaults for one who made none). */
export async function preferencesOf(db: Db, userIds: readonly string[]): Promise<Map<string, Preferences>> {
  const ids = [...new Set(userIds)];
  const found = new Map<string, Preferences>();
  if (ids.length === 0) return found;
  const rows = await db.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, ids));
  for (const r of rows) found.set(r.userId, { off: r.off, quietHours: r.quietHours });
  return new Map(ids.map((id) => [id, found.get(id) ?? DEFAULT_PREFERENCES]));
}

export async function ownPreferences(db: Db, userId: string): Promise<Preferences> {
  return (await preferencesOf(db, [userId])).get(userId)!;
}

export async function savePreferences(db: Db, userId: string, prefs: Preferences, now: Date): Promise<void> {
  const values = { off: [...prefs.off], quietHours: prefs.quietHours, updatedAt: now };
  await db
    .insert(notificationPreferences)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: values });
}
