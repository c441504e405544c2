import "server-only";
import type { Db } from "@/db/client";
import { matchedStartingBetween } from "@/db/queries/care-reminders";
import { careReminderDue, careReminderKey } from "@/lib/care/care-reminder";
import { notify } from "@/lib/notify/workflows/notify";

const DAY_MS = 86_400_000;

/**
 * Reminds the parent and the helper of a matched care a day and an hour before it starts, each
 * once (the dedup key): a second run, or two runners at once, write nothing new. Returns how many
 * reminders were new.
 */
export async function remindCare(db: Db, now: Date): Promise<number> {
  const soon = await matchedStartingBetween(db, now, new Date(now.getTime() + DAY_MS));
  const notices = soon.flatMap((c) => {
    const which = careReminderDue(c.startAt, c.matchedAt, now);
    if (!which || !c.helperId) return [];
    return [c.parentId, c.helperId].map((userId) => ({
      userId,
      kind: `care_reminder_${which}`,
      requestId: c.id,
      data: { start: c.startAt.toISOString() },
      dedupKey: careReminderKey(c.id, userId, which, c.startAt),
    }));
  });
  if (notices.length === 0) return 0;
  return db.transaction((tx) => notify(tx, notices, now));
}
