import { and, eq, gt, lte } from "drizzle-orm";
import type { Db } from "../client";
import { meetupRsvps, meetups } from "../schema";

/** Every confirmed seat at a scheduled meetup starting in (from, to]. */
export async function seatsAtMeetupsStartingBetween(db: Db, from: Date, to: Date) {
  return db
    .select({ meetupId: meetups.id, title: meetups.title, startsAt: meetups.startsAt, memberId: meetupRsvps.memberId })
    .from(meetupRsvps)
    .innerJoin(meetups, eq(meetups.id, meetupRsvps.meetupId))
    .where(
      and(eq(meetupRsvps.status, "confirmed"), eq(meetups.status, "scheduled"), gt(meetups.startsAt, from), lte(meetups.startsAt, to)),
    );
}
