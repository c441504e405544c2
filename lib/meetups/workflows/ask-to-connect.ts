import "server-only";
import type { Db } from "@/db/client";
import { lockPair } from "@/db/queries/connection-requests";
import { areConnected, isBlockedEitherWay } from "@/db/queries/connections";
import { checkedInAt, findAttendedMeetup, insertMetRequest, listMetRequests, memberStatus } from "@/db/queries/meetup-attendance";
import { AppError, notFound } from "@/lib/errors";
import { askPlan, metFacts, requestsBetween } from "@/lib/meetups/met";
import { notify } from "@/lib/notify/workflows/notify";
import { acceptMetRequest } from "./answer-met-request";

/**
 * From "people I met": one tap asks another attendee who checked in at the same meetup to connect.
 * Both must have checked in there; a pair blocked either way, a suspended member or anyone not
 * checked in is "not found". Asking someone who already asked you accepts their request.
 */
export async function askToConnect(
  db: Db,
  viewerId: string,
  meetupId: string,
  otherId: string,
  now: Date,
): Promise<{ outcome: "asked" | "connected" }> {
  return db.transaction(async (tx) => {
    if (otherId === viewerId) throw notFound();
    const meetup = await findAttendedMeetup(tx, meetupId, viewerId);
    if (!meetup || !(await checkedInAt(tx, meetupId, otherId))) throw notFound();
    await lockPair(tx, viewerId, otherId);
    if ((await isBlockedEitherWay(tx, viewerId, otherId)) || (await memberStatus(tx, otherId)) !== "active") throw notFound();
    const between = requestsBetween(await listMetRequests(tx, meetupId, viewerId), viewerId, otherId);
    const plan = askPlan(metFacts(await areConnected(tx, viewerId, otherId), between));
    if (plan === "already_connected") throw new AppError("conflict", { key: "attendance.already_connected" });
    if (plan === "already_asked") throw new AppError("conflict", { key: "attendance.already_asked" });
    if (plan === "accept_theirs") {
      await acceptMetRequest(tx, between.theirs!, meetup, now);
      return { outcome: "connected" as const };
    }
    await insertMetRequest(tx, meetupId, viewerId, otherId, now);
    await notify(tx, { userId: otherId, kind: "attendance.met_request", data: { meetup: meetup.title, meetupId } });
    return { outcome: "asked" as const };
  });
}
