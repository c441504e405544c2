import "server-only";
import type { Db } from "@/db/client";
import { insertMeetups, insertSeries } from "@/db/queries/meetups";
import { municipalityOf } from "@/db/queries/members";
import { standingRecords } from "@/db/queries/standing";
import { cardPaymentsEnabled } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { expandOccurrences } from "@/lib/meetups/recurrence";
import { mayOrganise } from "@/lib/meetups/rules";
import type { NewMeetupInput } from "@/lib/meetups/schema";
import { assertFeeAllowed } from "./fee-allowed";

/**
 * A meetup in the organiser's municipality, or a series of them (each occurrence its own row and
 * RSVP list), free or with a fee paid by card (only when it can be: ./fee-allowed.ts). Only a member certified today may; anyone else is told there is no such thing.
 * Returns the (first) meetup's id.
 */
export async function createMeetup(
  db: Db,
  organiserId: string,
  input: NewMeetupInput,
  now: Date,
  enabled: boolean = cardPaymentsEnabled(),
): Promise<string> {
  return db.transaction(async (tx) => {
    if (!mayOrganise(await standingRecords(tx, organiserId), now)) throw notFound();
    await assertFeeAllowed(tx, organiserId, input.feeYen, enabled);
    const municipalityId = await municipalityOf(tx, organiserId);
    if (!municipalityId) throw notFound();
    const seriesId = input.recurrence ? await insertSeries(tx, { organiserId, ...input.recurrence, createdAt: now }) : null;
    const { recurrence, date, startClock, endClock, startsAt: _s, endsAt: _e, ...fields } = input;
    const occurrences = expandOccurrences(date, startClock, endClock, recurrence);
    const ids = await insertMeetups(
      tx,
      occurrences.map((o) => ({ ...fields, ...o, organiserId, municipalityId, seriesId, createdAt: now, updatedAt: now })),
    );
    return ids[0]!;
  });
}
