import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listUpcomingMeetups } from "@/db/queries/meetups";
import { meetupRsvps, meetups } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { seedMeetups } from "./seed-meetups";
import { seedStanding } from "./seed-standing";

const now = new Date("2026-11-24T09:00:00+09:00");

describe.each(testDbKindsOf(import.meta.url))("meetup demo data on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db, now);
    // The certification desk's demo records make the organisers certified, as seedDemoSite does first.
    await seedStanding(h.db, now);
  });
  afterAll(async () => h?.close());

  it("adds past and upcoming meetups with seats and a waitlist, once", async () => {
    const { pastMeetupIds } = await seedMeetups(h.db, now);
    expect(pastMeetupIds).toHaveLength(2);
    const upcoming = await listUpcomingMeetups(h.db, { now });
    expect(upcoming.map((m) => m.title)).toContain("絵本の読み聞かせと手遊び");
    // The weekly series: from 3 days ahead through 31 days ahead, five occurrences.
    expect(upcoming.filter((m) => m.title.startsWith("よちよち広場"))).toHaveLength(5);
    const reading = upcoming.find((m) => m.title === "絵本の読み聞かせと手遊び")!;
    const statuses = (await h.db.select().from(meetupRsvps).where(eq(meetupRsvps.meetupId, reading.id))).map((r) => r.status).sort();
    expect(statuses).toEqual(["confirmed", "confirmed", "confirmed", "waitlisted"]);
    const past = await h.db.select().from(meetupRsvps).where(eq(meetupRsvps.meetupId, pastMeetupIds[0]!));
    expect(past.length).toBeGreaterThan(0);

    const [before] = await h.db.select({ n: count() }).from(meetups);
    expect(await seedMeetups(h.db, now)).toEqual({ pastMeetupIds });
    const [after] = await h.db.select({ n: count() }).from(meetups);
    expect(after?.n).toBe(before?.n);
  });
});
