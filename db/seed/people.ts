import { inArray } from "drizzle-orm";
import type { Db } from "../client";
import { users } from "../schema";
import { demoEmail } from "./data";

/** The user ids of demo members by their local name ("sato.yoko"); undefined for one not seeded. */
export async function demoUserIds(db: Db, locals: readonly string[]): Promise<(local: string) => string | undefined> {
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, [...new Set(locals)].map(demoEmail)));
  return (local) => rows.find((r) => r.email === demoEmail(local))?.id;
}
