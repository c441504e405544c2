import "server-only";
import type { Db } from "@/db/client";
import { seatsAtMeetupsStartingBetween } from "@/db/queries/meetup-reminders";
import { meetupReminderDue, meetupReminderKey } from "@/lib/meetups/meetup-reminder";
import { notify } from "@/lib/notify/workflows/notify";

// The reminder opens the day before, at 9:00: meetups up to two days ahead can be due.
const LOOK_AHEAD_MS = 2 * 86_400_000;

/**
 * The day before a meetup, every member with a confirmed seat is reminded, once per seat (the
 * dedup key). Returns how many reminders were new.
 */
export async function remindMeetup(db: Db, now: Date): Promise<number> {
  const seats = await seatsAtMeetupsStartingBetween(db, now, new Date(now.getTime() + LOOK_AHEAD_MS));
  const notices = seats
    .filter((s) => meetupReminderDue(s.startsAt, now))
    .map((s) => ({
      userId: s.memberId,
      kind: "meetup_reminder",
      requestId: null,
      data: { meetupId: s.meetupId, title: s.title, start: s.startsAt.toISOString() },
      dedupKey: meetupReminderKey(s.meetupId, s.memberId, s.startsAt),
    }));
  if (notices.length === 0) return 0;
  return db.transaction((tx) => notify(tx, notices, now));
}
