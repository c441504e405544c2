import "server-only";
import type { Db } from "@/db/client";
import { findUserWithMember } from "@/db/queries/members";
import { isPlatformAdmin } from "@/db/queries/municipalities";

/**
 * The one rule for the admin desk (pages, actions, workflows): an active member with the admin
 * capability, or an admin named by `npm run db:setup`. A named admin may act before onboarding
 * (there is no municipality to register in until they create one) and after it, without the
 * capability; a suspended member is no admin either way.
 */
export async function isAdminUser(db: Db, userId: string): Promise<boolean> {
  const row = await findUserWithMember(db, userId);
  if (!row) return false;
  return isAdminAccount(db, userId, row.member);
}

/** The same rule for an account whose member row (or none) was already read, e.g. the viewer's. */
export async function isAdminAccount(
  db: Db,
  userId: string,
  member: { status: string; capabilities: readonly string[] } | null,
): Promise<boolean> {
  if (member && member.status !== "active") return false;
  if (member?.capabilities.includes("admin")) return true;
  return isPlatformAdmin(db, userId);
}
