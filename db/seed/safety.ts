import { and, eq, isNotNull, notExists } from "drizzle-orm";
import type { Db } from "../client";
import { careChildren } from "../queries/care-during";
import { careDetailViews, careRequests } from "../schema";

/**
 * The demo's matched care gets what follows a match in real life: the helper has opened the
 * children's care details once, so the parent's access log is not empty. Needs seedCare first;
 * running it again adds nothing (only requests without any view are touched).
 */
export async function seedSafety(tx: Db): Promise<void> {
  const matched = await tx
    .select({ id: careRequests.id, helperId: careRequests.helperId, matchedAt: careRequests.matchedAt })
    .from(careRequests)
    .where(
      and(
        eq(careRequests.state, "matched"),
        isNotNull(careRequests.matchedAt),
        notExists(tx.select({ id: careDetailViews.id }).from(careDetailViews).where(eq(careDetailViews.requestId, careRequests.id))),
      ),
    );
  for (const care of matched) {
    const viewedAt = new Date(care.matchedAt!.getTime() + 60 * 60 * 1000);
    const kids = await careChildren(tx, care.id);
    if (kids.length === 0 || !care.helperId) continue;
    await tx.insert(careDetailViews).values(kids.map((c) => ({ requestId: care.id, childId: c.id, viewerId: care.helperId!, viewedAt })));
  }
}
