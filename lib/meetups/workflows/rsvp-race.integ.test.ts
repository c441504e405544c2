import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { meetupRsvps, notifications } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { createTestDb } from "@/test/db";
import { meetupInput, newOrganiser } from "@/test/meetups";
import { newMember } from "@/test/members";
import { cancelRsvp } from "./cancel-rsvp";
import { createMeetup } from "./create-meetup";
import { rsvp } from "./rsvp";

// Only the real PostgreSQL runs transactions side by side; PGlite has one connection and would
// simply queue them.
describe("simultaneous RSVPs and cancellations (PostgreSQL)", () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb("postgres");
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());
  const now = new Date("2026-11-24T09:00:00+09:00");
  const people = async (n: number, name: string) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push((await newMember(h.db, { name: `${name}${i}`, kana: "かい いん" })).id);
    return out;
  };
  const rows = (meetupId: string) =>
    h.db.select().from(meetupRsvps).where(eq(meetupRsvps.meetupId, meetupId)).orderBy(asc(meetupRsvps.seq));

  it("20 RSVPs at once for the last 3 seats: exactly 3 confirmed, the rest waitlisted in arrival order", async () => {
    const org = await newOrganiser(h.db);
    const id = await createMeetup(h.db, org.id, meetupInput("2026-12-05", { capacityAdults: 5 }), now);
    for (const p of await people(2, "先着")) await rsvp(h.db, p, id, { adults: 1, children: 0 }, now);
    const racers = await people(20, "同時");
    const outcomes = await Promise.all(racers.map((p) => rsvp(h.db, p, id, { adults: 1, children: 0 }, now)));
    expect(outcomes.filter((o) => o.status === "confirmed")).toHaveLength(3);
    expect(outcomes.filter((o) => o.status === "waitlisted")).toHaveLength(17);
    const all = await rows(id);
    // In arrival (lock) order: the two earlier seats, three more, then the waitlist.
    expect(all.map((r) => r.status)).toEqual([...Array(5).fill("confirmed"), ...Array(17).fill("waitlisted")]);
    // Each answer agrees with its row.
    for (const o of outcomes) expect(all.find((r) => r.id === o.rsvpId)?.status).toBe(o.status);
  });

  it("10 cancellations at once promote exactly as many as they freed, first come first served", async () => {
    const org = await newOrganiser(h.db);
    const id = await createMeetup(h.db, org.id, meetupInput("2026-12-06", { capacityAdults: 10 }), now);
    const everyone = await people(25, "取消");
    for (const p of everyone) await rsvp(h.db, p, id, { adults: 1, children: 0 }, now);
    const before = await rows(id);
    const confirmed = before.filter((r) => r.status === "confirmed").map((r) => r.memberId);
    const waiting = before.filter((r) => r.status === "waitlisted").map((r) => r.memberId);
    expect([confirmed.length, waiting.length]).toEqual([10, 15]);
    // Seven seats freed, and three of the waitlist give up their place, all at once.
    const leaving = [...confirmed.slice(0, 7), waiting[0]!, waiting[5]!, waiting[14]!];
    const results = await Promise.all(leaving.map((p) => cancelRsvp(h.db, p, id, now)));

    const after = await rows(id);
    const status = (p: string) => after.filter((r) => r.memberId === p && r.status !== "cancelled").map((r) => r.status)[0] ?? "cancelled";
    expect(after.filter((r) => r.status === "confirmed")).toHaveLength(10);
    const stillWaiting = waiting.filter((p) => !leaving.includes(p));
    // The first seven of those still waiting, in arrival order, now have the seven seats.
    expect(stillWaiting.map(status)).toEqual([...Array(7).fill("confirmed"), ...Array(5).fill("waitlisted")]);
    // A waitlisted member promoted by an earlier cancellation who then leaves frees that seat again:
    // every promotion is told, and those who stayed are exactly the seven.
    const promoted = results.flatMap((r) => r.promoted);
    const promotedMembers = after.filter((r) => promoted.includes(r.id));
    expect(
      promotedMembers
        .filter((r) => r.status === "confirmed")
        .map((r) => r.memberId)
        .sort(),
    ).toEqual(stillWaiting.slice(0, 7).sort());
    expect(promotedMembers.filter((r) => r.status === "cancelled").every((r) => leaving.includes(r.memberId))).toBe(true);
    const told = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, "meetup_promoted")));
    expect(told.map((n) => n.userId).sort()).toEqual(promotedMembers.map((r) => r.memberId).sort());
  });
});
