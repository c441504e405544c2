import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { findChild } from "@/db/queries/children";
import { hasCapability } from "@/lib/auth/capabilities";
import { type MemberViewer, requireMember } from "@/lib/auth/viewer";
import { childAccess } from "@/lib/children";
import { appKey } from "@/lib/crypto/app-key";

/** A member who may keep children; anyone else is told the page does not exist. */
export async function requireParent(): Promise<MemberViewer> {
  const viewer = await requireMember();
  if (!hasCapability(viewer.member, "parent")) notFound();
  return viewer;
}

/** One of the viewer's own children, or the not-found page. */
export async function childOr404(id: string) {
  const viewer = await requireParent();
  const child = await findChild(db(), viewer.userId, id, appKey());
  const access = child && childAccess(viewer.userId, child);
  if (!child || !access) notFound();
  return { viewer, child, access };
}
