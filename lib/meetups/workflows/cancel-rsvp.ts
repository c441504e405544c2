import "server-only";
import type { Db } from "@/db/client";
import { cancelRsvpRow, liveRsvps, lockMeetup } from "@/db/queries/meetups";
import { AppError, notFound } from "@/lib/errors";
import { rsvpOpen } from "@/lib/meetups/rules";
import { promoteWaitlist } from "./promote";

/**
 * The member gives up their seat (or their place on the waitlist); in the same transaction the
 * first on the waitlist who fits is promoted and told.
 */
export async function cancelRsvp(db: Db, memberId: string, meetupId: string, now: Date): Promise<{ promoted: string[] }> {
  return db.transaction(async (tx) => {
    const meetup = await lockMeetup(tx, meetupId);
    if (!meetup) throw notFound();
    const mine = (await liveRsvps(tx, meetupId)).find((r) => r.memberId === memberId);
    if (!mine) throw notFound();
    if (!rsvpOpen(meetup, now)) throw new AppError("conflict", { key: "meetup_rsvp_closed" });
    await cancelRsvpRow(tx, mine.id, now);
    const promoted = mine.status === "confirmed" ? await promoteWaitlist(tx, meetup, now) : [];
    return { promoted };
  });
}
