import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { findConnection } from "@/db/queries/connections";
import { meetupRsvps } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { createTestDb } from "@/test/db";
import { insertMeetup, insertRsvp, makeOrganiser } from "@/test/meetups";
import { newMember } from "@/test/members";
import { seedMeetupAttendance } from "./seed-meetup-attendance";

describe("the demo's past meetups", () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb("pglite");
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());

  it("checks in the seats of ended meetups and connects attendees there, once", async () => {
    const now = new Date("2026-12-10T12:00:00+09:00");
    const organiser = await newMember(h.db, { name: "主催", kana: "しゅさい" });
    await makeOrganiser(h.db, organiser.id);
    const past = await insertMeetup(h.db, organiser.id, { startsAt: new Date("2026-12-01T10:00:00+09:00") });
    const ahead = await insertMeetup(h.db, organiser.id, { startsAt: new Date("2026-12-20T10:00:00+09:00") });
    const people = [];
    for (const i of [0, 1, 2, 3]) {
      const m = await newMember(h.db, { name: `参加${i}`, kana: "さんか" });
      await insertRsvp(h.db, past.id, m.id);
      await insertRsvp(h.db, ahead.id, m.id);
      people.push(m);
    }
    expect(await seedMeetupAttendance(h.db, now)).toEqual({ checkedIn: 3, connected: 1 });
    const checked = async (meetupId: string) =>
      (await h.db.select().from(meetupRsvps).where(eq(meetupRsvps.meetupId, meetupId))).filter((r) => r.checkedInAt).length;
    expect(await checked(past.id)).toBe(3);
    expect(await checked(ahead.id)).toBe(0);
    expect(await findConnection(h.db, people[0]!.id, people[1]!.id)).toMatchObject({ provenance: "meetup", meetupId: past.id });
    expect(await seedMeetupAttendance(h.db, now)).toEqual({ checkedIn: 0, connected: 0 });
  });
});
