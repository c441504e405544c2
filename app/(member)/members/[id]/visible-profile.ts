import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { loadProfile } from "@/db/queries/profiles";
import { requireMember } from "@/lib/auth/viewer";
import { tokyoDate } from "@/lib/time/tokyo";

/**
 * The member named in the URL as the signed-in viewer may see them, or the "not found" page.
 * The viewer's own id goes to `ownPage` instead.
 */
export async function visibleProfileOf(params: Promise<{ id: string }>, ownPage: string) {
  const { userId } = await requireMember();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  if (id === userId) redirect(ownPage);
  const shown = await loadProfile(db(), userId, id, tokyoDate(new Date()));
  if (!shown) notFound();
  return { viewerId: userId, id, shown };
}
