import { notFound } from "next/navigation";
import { hasCapability } from "@/lib/auth/capabilities";
import { requireMember } from "@/lib/auth/viewer";

/** The dispute pages exist only for admins; anyone else gets a 404. */
export async function requireAdmin() {
  const viewer = await requireMember();
  if (!hasCapability(viewer.member, "admin")) notFound();
  return viewer;
}
