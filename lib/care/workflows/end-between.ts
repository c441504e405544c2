import "server-only";
import type { Db } from "@/db/client";
import { liveRequestsBetween, liveRequestsOf, removeRecipient } from "@/db/queries/care-between";
import { setState } from "@/db/queries/care-lock";
import { askedIds, otherOfferExists } from "@/db/queries/care-recipients";
import { canCancel, isOpenState, SYSTEM_END_REASON } from "@/lib/care";
import { notify } from "@/lib/notify/workflows/notify";
import { cancelLockedCare } from "./cancel";
import { type LockedCare, noticeData, step, withCare } from "./with-care";

/**
 * Ends everything still going on between two members, inside the caller's transaction (a block):
 * a request one of them posted stops asking the other (it is withdrawn by the platform when the
 * other was its only recipient, and goes back to open when the other's OK was the only one), and
 * a care matched between the two is cancelled by the platform through the normal cancellation.
 * Nothing here names the reason; both sides only ever see that it ended.
 */
export async function endCaresBetween(tx: Db, a: string, b: string, now: Date): Promise<void> {
  for (const id of await liveRequestsBetween(tx, a, b)) {
    const locked = await withCare(tx, id, "system", ["system"], now);
    const { request, state } = locked;
    const other = request.parentId === a ? b : a;
    // A care still ahead or under way: what the cancel rule lets the platform end.
    if (request.helperId === other && canCancel({ state, start: request.startAt, end: request.endAt }, "system", now)) {
      await cancelLockedCare(tx, locked, { by: "system", reason: SYSTEM_END_REASON, now });
      continue;
    }
    // Past its start (due to expire) or past its end: nothing left to end, and access ends anyway.
    if (!isOpenState(state)) continue;
    await stopAsking(tx, locked, other, now);
  }
}

/**
 * Ends everything a member still has going on, inside the caller's transaction (a suspension):
 * their matched cares, as parent or helper, are cancelled by the platform through the normal
 * cancellation (the other side is told the care ended); their own open requests are withdrawn by
 * the platform (everyone asked is told it ended); and requests asking them stop asking them, as
 * for a block. Again nothing names the reason.
 */
export async function endCaresOf(tx: Db, userId: string, now: Date): Promise<void> {
  for (const id of await liveRequestsOf(tx, userId)) {
    const locked = await withCare(tx, id, "system", ["system"], now);
    const { request, state } = locked;
    const party = request.parentId === userId || request.helperId === userId;
    if (party && request.helperId && canCancel({ state, start: request.startAt, end: request.endAt }, "system", now)) {
      await cancelLockedCare(tx, locked, { by: "system", reason: SYSTEM_END_REASON, now });
      continue;
    }
    if (!isOpenState(state)) continue;
    if (request.parentId !== userId) {
      await stopAsking(tx, locked, userId, now);
      continue;
    }
    await setState(tx, id, step(locked, { type: "withdraw" }, "system", now), now, { closedAt: now, cancelReason: SYSTEM_END_REASON });
    const data = await noticeData(tx, request);
    await notify(
      tx,
      (await askedIds(tx, id)).map((asked) => ({ userId: asked, kind: "care_ended", requestId: id, data })),
    );
  }
}

/** An open request stops asking `userId`: withdrawn by the platform when they were its only recipient. */
async function stopAsking(tx: Db, locked: LockedCare, userId: string, now: Date): Promise<void> {
  const id = locked.request.id;
  const asked = await askedIds(tx, id);
  if (asked.length === 1 && asked[0] === userId) {
    const next = step(locked, { type: "withdraw" }, "system", now);
    await setState(tx, id, next, now, { closedAt: now, cancelReason: SYSTEM_END_REASON });
    return;
  }
  const removed = await removeRecipient(tx, id, userId);
  if (removed?.response === "ok" && !(await otherOfferExists(tx, id, userId))) await setState(tx, id, "open", now);
}
