import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { meetups, members, users } from "../schema";
import { demoEmail } from "./data";

/**
 * The demo's certified organisers (認定サポーター) hold a certification in force, so they can hold
 * meetups: a year from `today` for those not yet certified. The certification desk writes this for
 * real members.
 */
export async function seedOrganiserCertifications(db: Db, locals: readonly string[], until: string): Promise<void> {
  const ids = await db
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.email, locals.map(demoEmail)));
  if (ids.length === 0) return;
  await db
    .update(members)
    .set({ organiserCertifiedUntil: until })
    .where(
      and(
        inArray(
          members.userId,
          ids.map((r) => r.id),
        ),
        isNull(members.organiserCertifiedUntil),
      ),
    );
}

/** The organiser's (first) meetup of this title, if the demo seeded it already. */
export async function meetupTitled(db: Db, organiserId: string, title: string): Promise<string | null> {
  const [row] = await db
    .select({ id: meetups.id })
    .from(meetups)
    .where(and(eq(meetups.organiserId, organiserId), eq(meetups.title, title)))
    .limit(1);
  return row?.id ?? null;
}
