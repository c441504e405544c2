import "server-only";
import type { Db } from "@/db/client";
import { markChildRemoved } from "@/db/queries/children";
import { notFound } from "@/lib/errors";

/**
 * Removes one of the parent's children: the details are erased at once, the name stays for past
 * care records. Someone else's, an already removed or an unknown child is "not found".
 */
export async function removeChild(db: Db, parentId: string, childId: string, now: Date): Promise<void> {
  if (!(await markChildRemoved(db, parentId, childId, now))) throw notFound();
}
