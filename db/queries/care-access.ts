import { and, eq } from "drizzle-orm";
import { type Role, requestRole } from "@/lib/care";
import { isUuid } from "@/lib/ids";
import type { Db } from "../client";
import { careRecipients, careRequests } from "../schema";
import { areConnected, isBlockedEitherWay } from "./connections";

export type CareRequestRow = typeof careRequests.$inferSelect;
/** How a read learns the viewer's access: `careForViewer`, or a page's once-per-request copy of it. */
export type CareAccessReader = typeof careForViewer;
export type CareRecipientRow = typeof careRecipients.$inferSelect;

/**
 * A care request as the viewer may see it, with the viewer's role in it: the parent who posted
 * it, the chosen helper, or a recipient who was asked and is still a connection of the parent
 * (lib/care/visibility.ts requestRole). Anyone else, and anyone the parent blocked or who
 * blocked the parent, gets null ("not found"). Every page and action about one request starts here.
 */
export async function careForViewer(
  db: Db,
  requestId: string,
  viewerId: string,
): Promise<{ request: CareRequestRow; role: Role; recipient: CareRecipientRow | null } | null> {
  if (!isUuid(requestId)) return null;
  const [row] = await db
    .select({ request: careRequests, recipient: careRecipients })
    .from(careRequests)
    .leftJoin(careRecipients, and(eq(careRecipients.requestId, careRequests.id), eq(careRecipients.userId, viewerId)))
    .where(eq(careRequests.id, requestId));
  if (!row) return null;
  const { request, recipient } = row;
  const isParent = request.parentId === viewerId;
  const isHelper = request.helperId === viewerId;
  if (!isParent && !isHelper && !recipient) return null;
  const [blocked, connected] = isParent
    ? [false, true]
    : await Promise.all([isBlockedEitherWay(db, viewerId, request.parentId), areConnected(db, viewerId, request.parentId)]);
  const role = requestRole({ isParent, isHelper, asked: recipient !== null, connected, blocked });
  if (!role) return null;
  return { request, role, recipient: role === "parent" ? null : recipient };
}
