import "server-only";
import { notFound } from "next/navigation";
import { hasCapability } from "@/lib/auth/capabilities";
import { type MemberViewer, requireMember } from "@/lib/auth/viewer";

/** An admin; anyone else is told the page does not exist. */
export async function requireAdmin(): Promise<MemberViewer> {
  const viewer = await requireMember();
  if (!hasCapability(viewer.member, "admin")) notFound();
  return viewer;
}
