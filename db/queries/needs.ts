import { and, asc, count, eq, ne, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { careRecipients, careRequests, careTimeChanges, members } from "../schema";

export type Need = { requestId: string; startAt: Date; name: string; offers?: number };

const LIMIT = 10;

/**
 * What asks something of the viewer now, each list soonest first (at most ten each): cares they
 * helped with that wait for their report, reports they should confirm, requests with OKs to choose
 * from, and time changes the other side proposed. Four queries, whatever the number of cares.
 */
export async function needsOf(db: Db, userId: string) {
  const other = (id: typeof careRequests.parentId | typeof careRequests.helperId) =>
    db.select({ name: members.displayName }).from(members).where(eq(members.userId, id));
  const parentName = sql<string>`coalesce((${other(careRequests.parentId)}), '')`;
  const helperName = sql<string>`coalesce((${other(careRequests.helperId)}), '')`;
  const base = { requestId: careRequests.id, startAt: careRequests.startAt };
  const [toReport, toConfirm, offers, changes] = await Promise.all([
    db
      .select({ ...base, name: parentName })
      .from(careRequests)
      .where(and(eq(careRequests.helperId, userId), eq(careRequests.state, "awaiting_report")))
      .orderBy(asc(careRequests.startAt))
      .limit(LIMIT),
    db
      .select({ ...base, name: helperName })
      .from(careRequests)
      .where(and(eq(careRequests.parentId, userId), eq(careRequests.state, "reported")))
      .orderBy(asc(careRequests.startAt))
      .limit(LIMIT),
    db
      .select({ ...base, name: sql<string>`''`, offers: count(careRecipients.userId) })
      .from(careRequests)
      .innerJoin(careRecipients, and(eq(careRecipients.requestId, careRequests.id), eq(careRecipients.response, "ok")))
      .where(and(eq(careRequests.parentId, userId), eq(careRequests.state, "offered")))
      .groupBy(careRequests.id, careRequests.startAt)
      .orderBy(asc(careRequests.startAt))
      .limit(LIMIT),
    db
      .select({
        ...base,
        name: sql<string>`coalesce((select ${members.displayName} from ${members} where ${members.userId} = ${careTimeChanges.proposedBy}), '')`,
      })
      .from(careTimeChanges)
      .innerJoin(careRequests, eq(careRequests.id, careTimeChanges.requestId))
      .where(
        and(
          eq(careTimeChanges.status, "pending"),
          ne(careTimeChanges.proposedBy, userId),
          or(eq(careRequests.parentId, userId), eq(careRequests.helperId, userId)),
          eq(careRequests.state, "matched"),
        ),
      )
      .orderBy(asc(careRequests.startAt))
      .limit(LIMIT),
  ]);
  return { toReport, toConfirm, offers, changes } satisfies Record<string, Need[]>;
}

export type Needs = Awaited<ReturnType<typeof needsOf>>;
