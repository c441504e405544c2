import "server-only";
import type { Db } from "@/db/client";
import { lockOrganisedMeetup, type MeetupRow } from "@/db/queries/meetups";
import { standingRecords } from "@/db/queries/standing";
import { AppError, notFound } from "@/lib/errors";
import { changeable, mayOrganise } from "@/lib/meetups/rules";

/**
 * The first step of every organiser change (edit, cancel): the meetup, locked, if the caller
 * organises it and is certified today. Anyone else is told it does not exist; a meetup that started
 * or was cancelled cannot be changed any more.
 */
export async function lockMeetupToChange(tx: Db, meetupId: string, organiserId: string, now: Date): Promise<MeetupRow> {
  const meetup = await lockOrganisedMeetup(tx, meetupId, organiserId);
  if (!meetup) throw notFound();
  if (!mayOrganise(await standingRecords(tx, organiserId), now)) throw notFound();
  if (!changeable(meetup, now)) throw new AppError("conflict", { key: "meetup_closed" });
  return meetup;
}
