import "server-only";
import type { Db } from "@/db/client";
import { liveRsvps, lockSeriesFrom, type MeetupRow, updateMeetup } from "@/db/queries/meetups";
import { cardPaymentsEnabled } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { capacityBelowTaken } from "@/lib/meetups/capacity";
import { changeable } from "@/lib/meetups/rules";
import type { EditMeetupInput } from "@/lib/meetups/schema";
import { notify } from "@/lib/notify/workflows/notify";
import { assertFeeAllowed } from "./fee-allowed";
import { lockMeetupToChange } from "./organised-meetup";
import { meetupNoticeData, promoteWaitlist } from "./promote";

/**
 * Changes one occurrence, or it and every later one of its series that has not started. The new
 * start moves each occurrence by the same amount (its own date kept otherwise); capacity may not
 * drop below the seats already confirmed, the fee stays once anyone is coming, and seats a larger capacity frees go to the waitlist.
 * Everyone coming is told when the time or the place changed. Returns the edited ids.
 */
export async function editMeetup(
  db: Db,
  organiserId: string,
  input: EditMeetupInput,
  now: Date,
  enabled: boolean = cardPaymentsEnabled(),
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const meetup = await lockMeetupToChange(tx, input.meetupId, organiserId, now);
    if (input.feeYen !== meetup.feeYen) await assertFeeAllowed(tx, organiserId, input.feeYen, enabled);
    const targets =
      input.scope === "following" && meetup.seriesId
        ? (await lockSeriesFrom(tx, meetup.seriesId, meetup.startsAt)).filter((m) => changeable(m, now))
        : [meetup];
    const shift = input.startsAt.getTime() - meetup.startsAt.getTime();
    const duration = input.endsAt.getTime() - input.startsAt.getTime();
    for (const target of targets) await editOne(tx, target, input, shift, duration, now);
    return targets.map((t) => t.id);
  });
}

async function editOne(tx: Db, target: MeetupRow, input: EditMeetupInput, shift: number, duration: number, now: Date) {
  const startsAt = new Date(target.startsAt.getTime() + shift);
  const changed = {
    title: input.title,
    description: input.description,
    venueName: input.venueName,
    venueAddress: input.venueAddress,
    mapUrl: input.mapUrl,
    startsAt,
    endsAt: new Date(startsAt.getTime() + duration),
    capacityAdults: input.capacityAdults,
    capacityChildren: input.capacityChildren,
    ageMin: input.ageMin,
    ageMax: input.ageMax,
    feeYen: input.feeYen,
    updatedAt: now,
  };
  const rsvps = await liveRsvps(tx, target.id);
  // Those already coming agreed to the fee as it was (and may have paid it): it stays.
  if (changed.feeYen !== target.feeYen && rsvps.length > 0) {
    throw new AppError("invalid_input", { key: "field.meetup_fee_locked", field: "feeYen" });
  }
  if (capacityBelowTaken(changed, rsvps)) {
    throw new AppError("invalid_input", { key: "field.meetup_capacity_below_taken", field: "capacityAdults" });
  }
  await updateMeetup(tx, target.id, changed);
  const updated = { ...target, ...changed };
  const promoted = await promoteWaitlist(tx, updated, now);
  const moved =
    target.startsAt.getTime() !== startsAt.getTime() ||
    target.endsAt.getTime() !== changed.endsAt.getTime() ||
    target.venueName !== changed.venueName ||
    target.venueAddress !== changed.venueAddress;
  if (!moved) return;
  const data = meetupNoticeData(updated);
  await notify(
    tx,
    rsvps.filter((r) => !promoted.includes(r.id)).map((r) => ({ userId: r.memberId, kind: "meetup_changed", data })),
  );
}
