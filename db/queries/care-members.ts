import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { members } from "../schema";

/** What the care commands need to know about a member: name, birth date, standing. */
export async function memberFacts(db: Db, userId: string) {
  const [row] = await db
    .select({
      displayName: members.displayName,
      birthDate: members.birthDate,
      status: members.status,
      capabilities: members.capabilities,
    })
    .from(members)
    .where(eq(members.userId, userId));
  return row ?? null;
}
