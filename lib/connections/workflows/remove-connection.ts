import "server-only";
import type { Db } from "@/db/client";
import { deleteConnection } from "@/db/queries/connections";
import { notFound } from "@/lib/errors";

/** Ends a connection, from either side; anyone the viewer is not connected with is "not found". */
export async function removeConnection(db: Db, viewerId: string, otherId: string): Promise<void> {
  if (otherId === viewerId || !(await deleteConnection(db, viewerId, otherId))) throw notFound();
}
