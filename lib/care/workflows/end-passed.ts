import "server-only";
import type { Db } from "@/db/client";
import { lockPastEnd, setStates } from "@/db/queries/care-requests";
import { CARE_RULES, transition } from "@/lib/care";

/**
 * Stores "awaiting_report" for every matched care whose end has passed (the end_passed rule).
 * Pages already show it through effectiveState, so nobody is told anything new. The rows are
 * locked before they are judged, so sweeps running at once change each care once, and a care
 * cancelled or reported meanwhile is left as it is. Returns how many cares changed.
 */
export async function storeEndPassed(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await lockPastEnd(tx, CARE_RULES.end_passed.from, now);
    const passes = (r: (typeof ended)[number]) =>
      transition(r.state, { type: "end_passed" }, { actor: "system", now, start: r.startAt, end: r.endAt }).ok;
    const ids = ended.filter(passes).map((r) => r.id);
    await setStates(tx, ids, "awaiting_report", now);
    return ids.length;
  });
}
