import "server-only";
import type { Db } from "@/db/client";
import { deleteBlock } from "@/db/queries/connections";
import { notFound } from "@/lib/errors";

/** Lifts a block the viewer made; a block they did not make (or none) is "not found". */
export async function unblockMember(db: Db, viewerId: string, targetId: string): Promise<void> {
  if (!(await deleteBlock(db, viewerId, targetId))) throw notFound();
}
