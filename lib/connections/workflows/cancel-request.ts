import "server-only";
import type { Db } from "@/db/client";
import { closeRequest, findRequestFor } from "@/db/queries/connection-requests";
import { notFound } from "@/lib/errors";

/** Either side may withdraw or decline an open request; anything else is "not found". */
export async function cancelRequest(db: Db, viewerId: string, requestId: string, now: Date): Promise<void> {
  const request = await findRequestFor(db, requestId, viewerId);
  if (request?.status !== "pending") throw notFound();
  await closeRequest(db, request.id, "cancelled", now);
}
