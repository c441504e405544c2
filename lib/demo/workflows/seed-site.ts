import "server-only";
import type { Db } from "@/db/client";
import { seedConnections } from "@/db/seed/connections";
import { seedSafety } from "@/db/seed/safety";
import { seedDemo } from "@/db/seed/town";
import type { Keyring } from "@/lib/crypto/sealed";
import { seedCare } from "@/lib/demo/workflows/seed-care";
import { seedCareAfter } from "@/lib/demo/workflows/seed-care-after";
import { seedChildren } from "@/lib/demo/workflows/seed-children";
import { seedMeetupAttendance } from "@/lib/demo/workflows/seed-meetup-attendance";
import { seedMeetups } from "@/lib/demo/workflows/seed-meetups";
import { seedStanding } from "@/lib/demo/workflows/seed-standing";

/**
 * The whole demo site: town, members, their certifications and qualifications, their children,
 * connections, cares before and after matching, and meetups. Each part is idempotent (running it
 * again adds nothing), and the cares go through
 * the app's own workflows, each in its transaction.
 */
export async function seedDemoSite(db: Db, key: Keyring, now = new Date()): Promise<{ members: number }> {
  const result = await seedDemo(db, now);
  // Before the cares, so that their thank-yous carry the certified organisers' supplements.
  await seedStanding(db, now);
  await seedChildren(db, key, now);
  await seedConnections(db);
  await seedCare(db, now);
  await seedSafety(db);
  await seedCareAfter(db, now);
  await seedMeetups(db, now);
  // At the past meetups: check-ins and the connections formed from "people I met".
  await seedMeetupAttendance(db, now);
  return result;
}
