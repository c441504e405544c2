import { addDays } from "@/lib/time/dates";
import { atTokyo, tokyoDate } from "@/lib/time/tokyo";

/** Members with a seat at a meetup are reminded the day before, from this Tokyo time. */
export const MEETUP_REMINDER_CLOCK = "09:00";

/** When a meetup starting at `start` reminds its attendees: 9:00 Tokyo the day before. */
export function meetupReminderAt(start: Date): Date {
  return atTokyo(addDays(tokyoDate(start), -1), MEETUP_REMINDER_CLOCK);
}

/** Due from the reminder time until the meetup starts (a runner that was down still sends it late). */
export function meetupReminderDue(start: Date, now: Date): boolean {
  return meetupReminderAt(start).getTime() <= now.getTime() && now.getTime() < start.getTime();
}

/** Once per seat and start time (a meetup moved to another day reminds again). */
export const meetupReminderKey = (meetupId: string, userId: string, start: Date) =>
  `meetup:${meetupId}:remind:${userId}:${start.toISOString()}`;
