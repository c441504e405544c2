import "server-only";
import type { Db } from "@/db/client";
import { closeRequestsBetween, lockPair } from "@/db/queries/connection-requests";
import { insertConnection, isBlockedEitherWay, markBothMet } from "@/db/queries/connections";
import {
  answerMetRequestRow,
  checkedInAt,
  lockMetRequestTo,
  type MetRequestRow,
  meetupById,
  memberStatus,
} from "@/db/queries/meetup-attendance";
import type { MeetupRow } from "@/db/queries/meetups";
import { notFound } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";

/**
 * Accepting, in the caller's transaction (the pair already locked): the two are connected with the
 * provenance "meetup" and this meetup, and both count as having met (顔合わせ); a pair that became
 * connected meanwhile keeps its connection and is marked met. Open at-a-distance requests between
 * them are completed, and the one who asked is told.
 */
export async function acceptMetRequest(tx: Db, request: MetRequestRow, meetup: MeetupRow, now: Date): Promise<void> {
  const created = await insertConnection(tx, request.fromUser, request.toUser, "meetup", now, true, meetup.id);
  if (!created) await markBothMet(tx, request.fromUser, request.toUser, now);
  await closeRequestsBetween(tx, request.fromUser, request.toUser, "completed", now);
  await answerMetRequestRow(tx, request.id, "accepted", now);
  await notify(tx, { userId: request.fromUser, kind: "attendance.met_accepted", data: { meetup: meetup.title, meetupId: meetup.id } });
}

/**
 * The one asked answers with one tap. Only a pending request addressed to the viewer exists for
 * them; a pair blocked since, or either no longer checked in, is "not found". Declining is silent.
 */
export async function answerMetRequest(db: Db, viewerId: string, requestId: string, accept: boolean, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const request = await lockMetRequestTo(tx, requestId, viewerId);
    if (!request) throw notFound();
    await lockPair(tx, request.fromUser, request.toUser);
    const meetup = await meetupById(tx, request.meetupId);
    const bothThere = (await checkedInAt(tx, request.meetupId, request.fromUser)) && (await checkedInAt(tx, request.meetupId, viewerId));
    if (!meetup || !bothThere || (await isBlockedEitherWay(tx, request.fromUser, viewerId))) throw notFound();
    if (accept && (await memberStatus(tx, request.fromUser)) !== "active") throw notFound();
    if (accept) await acceptMetRequest(tx, request, meetup, now);
    else await answerMetRequestRow(tx, request.id, "declined", now);
  });
}
