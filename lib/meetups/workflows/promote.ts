import "server-only";
import type { Db } from "@/db/client";
import { liveRsvps, type MeetupRow, promoteRsvps } from "@/db/queries/meetups";
import { promotions } from "@/lib/meetups/capacity";
import { paymentDeadline, withoutLapsedHolds } from "@/lib/meetups/paid";
import { notify } from "@/lib/notify/workflows/notify";

/**
 * Gives freed seats to the waitlist, first come first served, and tells each promoted member, in
 * the caller's transaction (which holds the meetup's lock). At a paid meetup the seat is held for
 * them until a deadline to pay (lib/meetups/paid.ts); past it the runner gives it to the next.
 * Returns the promoted RSVPs' ids.
 */
export async function promoteWaitlist(tx: Db, meetup: MeetupRow, now: Date): Promise<string[]> {
  const rsvps = withoutLapsedHolds(await liveRsvps(tx, meetup.id), now);
  const promoted = promotions(meetup, rsvps);
  const deadline = meetup.feeYen > 0 ? paymentDeadline(now, meetup.startsAt) : null;
  await promoteRsvps(tx, promoted, now, deadline);
  const data = deadline ? { ...meetupNoticeData(meetup), deadline: deadline.toISOString() } : meetupNoticeData(meetup);
  const kind = deadline ? "meetup_promoted_pay" : "meetup_promoted";
  await notify(
    tx,
    rsvps.filter((r) => promoted.includes(r.id)).map((r) => ({ userId: r.memberId, kind, data })),
  );
  return promoted;
}

/** What a notification about a meetup says: its title and start, and where it links. */
export function meetupNoticeData(meetup: Pick<MeetupRow, "id" | "title" | "startsAt">): Record<string, string> {
  return { meetupId: meetup.id, title: meetup.title, start: meetup.startsAt.toISOString() };
}
