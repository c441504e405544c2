import "server-only";
import type { Db } from "@/db/client";
import { markMet } from "@/db/queries/connections";
import { notFound } from "@/lib/errors";

/** The viewer confirms having met a connection face to face; anyone they are not connected with is "not found". */
export async function confirmMet(db: Db, viewerId: string, otherId: string, now: Date): Promise<void> {
  if (otherId === viewerId || !(await markMet(db, viewerId, otherId, now))) throw notFound();
}
