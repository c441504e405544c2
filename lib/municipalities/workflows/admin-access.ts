import "server-only";
import type { Db } from "@/db/client";
import { findUserWithMember } from "@/db/queries/members";
import { isPlatformAdmin } from "@/db/queries/municipalities";
import { notFound } from "@/lib/errors";

/**
 * Whether a user may use the admin desk: an active member with the admin capability, or an admin
 * named by `npm run db:setup` (who may not have a member profile yet: there is no municipality to
 * register in before they create one).
 */
export async function isAdminUser(db: Db, userId: string): Promise<boolean> {
  const row = await findUserWithMember(db, userId);
  if (!row) return false;
  if (row.member)
    return row.member.status === "active" && (row.member.capabilities.includes("admin") || (await isPlatformAdmin(db, userId)));
  return isPlatformAdmin(db, userId);
}

/** Anyone else is told the thing does not exist. */
export async function assertAdmin(db: Db, userId: string): Promise<void> {
  if (!(await isAdminUser(db, userId))) throw notFound();
}
