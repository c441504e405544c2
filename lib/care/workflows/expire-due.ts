import "server-only";
import type { Db } from "@/db/client";
import { askedIn } from "@/db/queries/care-recipients";
import { lockPastStart, setStates } from "@/db/queries/care-requests";
import { OPEN_STATES, transition } from "@/lib/care";
import { notify } from "@/lib/notify/workflows/notify";

/**
 * Stores "expired" for every request whose start passed with nobody chosen (the expire rule)
 * and tells the parent and everyone asked. The rows are locked before they are judged, so two
 * sweeps at once never expire a request twice nor tell anyone twice. Run by the clock sweep;
 * pages show the same through effectiveState without waiting for it.
 * Returns how many requests expired.
 */
export async function expireDueRequests(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await lockPastStart(tx, OPEN_STATES, now);
    const expired = due.filter((r) => transition(r.state, { type: "expire" }, { actor: "system", now, start: r.startAt, end: r.endAt }).ok);
    if (expired.length === 0) return 0;
    const ids = expired.map((r) => r.id);
    await setStates(tx, ids, "expired", now, { closedAt: now });

    const asked = await askedIn(tx, ids);
    const startOf = new Map(expired.map((r) => [r.id, r.startAt.toISOString()]));
    await notify(tx, [
      ...expired.map((r) => ({ userId: r.parentId, kind: "care_expired", requestId: r.id, data: { start: startOf.get(r.id)! } })),
      ...asked.map((a) => ({ userId: a.userId, kind: "care_closed", requestId: a.requestId, data: { start: startOf.get(a.requestId)! } })),
    ]);
    return expired.length;
  });
}
