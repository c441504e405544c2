import "server-only";
import type { Db } from "@/db/client";
import type { CareRequestRow } from "@/db/queries/care-access";
import { groupMembersBesides, usablePartners } from "@/db/queries/care-audience";
import { displayName, lockCareRow } from "@/db/queries/care-lock";
import { askedIds, insertRecipients } from "@/db/queries/care-recipients";
import { markWidened, widenCandidates } from "@/db/queries/care-widening";
import { findGroupFor } from "@/db/queries/groups";
import { notify } from "@/lib/notify/workflows/notify";
import { newRecipients, widenAskKey, widenDue, widenedKey } from "../widening";

/**
 * The widening ask: for each request whose delay has passed with nobody saying OK and whose start
 * is still ahead, the second audience is asked too (like any recipient) and the parent is told.
 * Each request in a transaction of its own, its row locked and judged again, then marked widened:
 * two runners at once, or a second run, widen it once. Returns how many requests were widened.
 */
export async function widenDueRequests(db: Db, now: Date): Promise<number> {
  let widened = 0;
  for (const id of await widenCandidates(db, now)) {
    if (await widenOne(db, id, now)) widened++;
  }
  return widened;
}

async function widenOne(db: Db, requestId: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const r = await lockCareRow(tx, requestId);
    if (!r || !widenDue(r, now)) return false;
    const added = newRecipients(await secondAudience(tx, r), await askedIds(tx, r.id), r.parentId);
    if (added.length > 0) await insertRecipients(tx, r.id, added);
    await markWidened(tx, r.id, now);

    const start = r.startAt.toISOString();
    const name = await displayName(tx, r.parentId);
    await notify(
      tx,
      [
        ...added.map((userId) => ({
          userId,
          kind: "care_request_received",
          requestId: r.id,
          data: { name, start },
          dedupKey: widenAskKey(r.id, userId),
        })),
        {
          userId: r.parentId,
          kind: added.length > 0 ? "care_widened" : "care_widen_empty",
          requestId: r.id,
          data: { start, count: added.length },
          dedupKey: widenedKey(r.id),
        },
      ],
      now,
    );
    return true;
  });
}

/**
 * The second audience as it stands now, by the rules of posting: only the parent's usable
 * connections (someone removed, blocked or suspended since is left out, as is a group the parent left).
 */
async function secondAudience(tx: Db, r: CareRequestRow): Promise<string[]> {
  const partners = await usablePartners(tx, r.parentId);
  const inGroup =
    r.widenGroupId && (await findGroupFor(tx, r.widenGroupId, r.parentId)) ? await groupMembersBesides(tx, r.widenGroupId, r.parentId) : [];
  return [...(r.widenUserIds ?? []), ...inGroup].filter((id) => partners.has(id));
}
