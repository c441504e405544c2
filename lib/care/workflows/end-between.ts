import "server-only";
import type { Db } from "@/db/client";
import { liveRequestsBetween, removeRecipient } from "@/db/queries/care-between";
import { setState } from "@/db/queries/care-lock";
import { askedIds, otherOfferExists } from "@/db/queries/care-recipients";
import { canCancel, isOpenState, SYSTEM_END_REASON } from "@/lib/care";
import { cancelLockedCare } from "./cancel";
import { step, withCare } from "./with-care";

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
    const asked = await askedIds(tx, id);
    if (asked.length === 1 && asked[0] === other) {
      const next = step(locked, { type: "withdraw" }, "system", now);
      await setState(tx, id, next, now, { closedAt: now, cancelReason: SYSTEM_END_REASON });
      continue;
    }
    const removed = await removeRecipient(tx, id, other);
    if (removed?.response === "ok" && !(await otherOfferExists(tx, id, other))) await setState(tx, id, "open", now);
  }
}
