import "server-only";
import type { Db } from "@/db/client";
import { liveRsvps, type MeetupRow, promoteRsvps } from "@/db/queries/meetups";
import { promotions } from "@/lib/meetups/capacity";
import { notify } from "@/lib/notify/workflows/notify";

/**
 * Gives freed seats to the waitlist, first come first served, and tells each promoted member, in
 * the caller's transaction (which holds the meetup's lock). Returns the promoted RSVPs' ids.
 */
export async function promoteWaitlist(tx: Db, meetup: MeetupRow, now: Date): Promise<string[]> {
  const rsvps = await liveRsvps(tx, meetup.id);
  const promoted = promotions(meetup, rsvps);
  await promoteRsvps(tx, promoted, now);
  const data = meetupNoticeData(meetup);
  await notify(
    tx,
    rsvps.filter((r) => promoted.includes(r.id)).map((r) => ({ userId: r.memberId, kind: "meetup_promoted", data })),
  );
  return promoted;
}

/** What a notification about a meetup says: its title and start, and where it links. */
export function meetupNoticeData(meetup: Pick<MeetupRow, "id" | "title" | "startsAt">): Record<string, string> {
  return { meetupId: meetup.id, title: meetup.title, start: meetup.startsAt.toISOString() };
}
