import "server-only";
import type { Db } from "@/db/client";
import { savePreferences } from "@/db/queries/preferences";
import type { Preferences } from "@/lib/notify/preferences";

/** Stores the member's own notification choices (a member only ever changes their own). */
export async function saveNotificationPreferences(db: Db, userId: string, prefs: Preferences, now: Date): Promise<void> {
  await db.transaction((tx) => savePreferences(tx, userId, prefs, now));
}
