import { and, eq } from "drizzle-orm";
import type { Role } from "@/lib/care";
import { isUuid } from "@/lib/ids";
import type { Db } from "../client";
import { careRecipients, careRequests } from "../schema";

export type CareRequestRow = typeof careRequests.$inferSelect;
export type CareRecipientRow = typeof careRecipients.$inferSelect;

/**
 * A care request as the viewer may see it, with the viewer's role in it: the parent who posted
 * it, the chosen helper, or a recipient who was asked. Anyone else gets null ("not found").
 * Every page and action about one request starts here.
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
  if (request.parentId === viewerId) return { request, role: "parent", recipient: null };
  if (request.helperId === viewerId) return { request, role: "helper", recipient };
  if (recipient) return { request, role: "recipient", recipient };
  return null;
}
