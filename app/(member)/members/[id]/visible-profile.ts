import { notFound, redirect } from "next/navigation";
import { db } from "@/db";
import { loadProfile } from "@/db/queries/profiles";
import { requireMember } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/ids";
import { tokyoDate } from "@/lib/time/tokyo";

/**
 * The member named in the URL as the signed-in viewer may see them, or the "not found" page.
 * The viewer's own id goes to `ownPage` instead.
 */
export async function visibleProfileOf(params: Promise<{ id: string }>, ownPage: string) {
  const { userId } = await requireMember();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  if (id === userId) redirect(ownPage);
  const shown = await loadProfile(db(), userId, id, tokyoDate(new Date()));
  if (!shown) notFound();
  return { viewerId: userId, id, shown };
}
