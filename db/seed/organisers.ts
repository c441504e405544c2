import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { meetups } from "../schema";

/** The organiser's (first) meetup of this title, if the demo seeded it already. */
export async function meetupTitled(db: Db, organiserId: string, title: string): Promise<string | null> {
  const [row] = await db
    .select({ id: meetups.id })
    .from(meetups)
    .where(and(eq(meetups.organiserId, organiserId), eq(meetups.title, title)))
    .limit(1);
  return row?.id ?? null;
}
