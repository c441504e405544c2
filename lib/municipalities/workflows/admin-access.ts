import "server-only";
import type { Db } from "@/db/client";
import { isAdminUser } from "@/lib/auth/admin";
import { notFound } from "@/lib/errors";

/** Anyone who is not an admin (lib/auth/admin) is told the thing does not exist. */
export async function assertAdmin(db: Db, userId: string): Promise<void> {
  if (!(await isAdminUser(db, userId))) throw notFound();
}
