import "server-only";
import type { Db } from "@/db/client";
import { lockPastEnd, setStates } from "@/db/queries/care-requests";
import { CARE_RULES, transition } from "@/lib/care";
import { reportDueKey } from "@/lib/care/report-reminder";
import { notify } from "@/lib/notify/workflows/notify";

/**
 * Stores "awaiting_report" for every matched care whose end has passed (the end_passed rule), and
 * asks each helper to report (once per care: the notice has a dedup key). The rows are locked
 * before they are judged, so sweeps running at once change each care once, and a care cancelled
 * or reported meanwhile is left as it is. Returns how many cares changed.
 */
export async function storeEndPassed(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await lockPastEnd(tx, CARE_RULES.end_passed.from, now);
    const passes = (r: (typeof ended)[number]) =>
      transition(r.state, { type: "end_passed" }, { actor: "system", now, start: r.startAt, end: r.endAt }).ok;
    const changed = ended.filter(passes);
    await setStates(
      tx,
      changed.map((r) => r.id),
      "awaiting_report",
      now,
    );
    await notify(
      tx,
      changed
        .filter((r) => r.helperId)
        .map((r) => ({
          userId: r.helperId!,
          kind: "after_report_due",
          requestId: r.id,
          data: { start: r.startAt.toISOString() },
          dedupKey: reportDueKey(r.id),
        })),
    );
    return changed.length;
  });
}
