import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import type { DbHandle } from "@/db/client";
import { findConnection, insertConnection } from "@/db/queries/connections";
import { familiesReached, listAttendees, organiserMeetupsWithCounts } from "@/db/queries/meetup-attendance";
import { connections, meetupConnectionRequests, meetupRsvps, notifications } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { blockMember } from "@/lib/connections/workflows/block";
import { tokyoYear } from "@/lib/time/tokyo";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { insertMeetup, insertRsvp, makeOrganiser } from "@/test/meetups";
import { newMember } from "@/test/members";
import { refusal } from "@/test/refusal";
import { addWalkIn } from "./add-walk-in";
import { answerMetRequest } from "./answer-met-request";
import { askToConnect } from "./ask-to-connect";
import { checkIn } from "./check-in";

const start = new Date("2026-12-05T10:00:00+09:00");
const now = new Date("2026-12-05T10:05:00+09:00");
const later = (min: number) => new Date(now.getTime() + min * 60_000);

/** Rows a refused command must leave as they were. */
async function footprint(db: Db, meetupId: string) {
  const rsvps = await db.select().from(meetupRsvps).where(eq(meetupRsvps.meetupId, meetupId)).orderBy(meetupRsvps.seq);
  const [requests] = await db.select({ n: count() }).from(meetupConnectionRequests).where(eq(meetupConnectionRequests.meetupId, meetupId));
  const [formed] = await db.select({ n: count() }).from(connections).where(eq(connections.meetupId, meetupId));
  return JSON.stringify({ rsvps, requests: requests?.n, formed: formed?.n });
}

describe.each(testDbKindsOf(import.meta.url))("check-in, walk-ins and people I met on %s", (kind) => {
  let h: DbHandle;
  let n = 0;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());

  /** An organiser, a meetup starting at `start`, and members with a confirmed seat each. */
  async function world(seats = 2) {
    const tag = `${kind}${++n}`;
    const organiser = await newMember(h.db, { name: `主催 ${tag}`, kana: "しゅさい" });
    await makeOrganiser(h.db, organiser.id);
    const meetup = await insertMeetup(h.db, organiser.id, { title: `親子ひろば ${tag}`, startsAt: start });
    const people = [];
    for (let i = 0; i < seats; i++) {
      const m = await newMember(h.db, { name: `参加 ${tag}-${i}`, kana: `さんか${i}` });
      people.push({ ...m, rsvp: await insertRsvp(h.db, meetup.id, m.id) });
    }
    return { organiser, meetup, people, tag };
  }

  describe("checking in", () => {
    it("checks a ticket in once, by its organiser, and says whose it was", async () => {
      const { organiser, meetup, people } = await world(1);
      const [a] = people;
      expect(await checkIn(h.db, organiser.id, meetup.id, { ticket: a!.rsvp.ticketToken }, now)).toEqual({
        name: expect.stringContaining("参加"),
      });
      const [row] = await h.db.select().from(meetupRsvps).where(eq(meetupRsvps.id, a!.rsvp.id));
      expect(row).toMatchObject({ checkedInAt: now, checkedInBy: organiser.id, status: "confirmed", walkIn: false });
      const before = await footprint(h.db, meetup.id);
      expect(await refusal(checkIn(h.db, organiser.id, meetup.id, { ticket: a!.rsvp.ticketToken }, later(1)), { values: true })).toEqual({
        code: "conflict",
        key: "attendance.already_checked_in",
        values: { name: expect.stringContaining("参加") },
      });
      expect(await footprint(h.db, meetup.id)).toBe(before);
    });

    it("checks in by ticking a name on the list", async () => {
      const { organiser, meetup, people } = await world(1);
      await checkIn(h.db, organiser.id, meetup.id, { rsvpId: people[0]!.rsvp.id }, now);
      const list = await listAttendees(h.db, meetup.id);
      expect(list.map((r) => r.checkedInAt)).toEqual([now]);
    });

    it("refuses another meetup's ticket, a cancelled or waitlisted RSVP, an unknown ticket; nothing changes", async () => {
      const { organiser, meetup } = await world(0);
      const other = await world(1);
      const late = await newMember(h.db, { name: "待ち", kana: "まち" });
      const waiting = await insertRsvp(h.db, meetup.id, late.id, { status: "waitlisted" });
      const gone = await newMember(h.db, { name: "取消", kana: "とりけし" });
      const cancelled = await insertRsvp(h.db, meetup.id, gone.id, { status: "cancelled" });
      const before = await footprint(h.db, meetup.id);
      const otherBefore = await footprint(h.db, other.meetup.id);
      const scan = (ticket: string) => refusal(checkIn(h.db, organiser.id, meetup.id, { ticket }, now));
      expect(await scan(other.people[0]!.rsvp.ticketToken)).toEqual({ code: "invalid_input", key: "attendance.other_meetup" });
      expect(await scan(waiting.ticketToken)).toEqual({ code: "invalid_input", key: "attendance.waitlisted" });
      expect(await scan(cancelled.ticketToken)).toEqual({ code: "invalid_input", key: "attendance.rsvp_cancelled" });
      expect(await scan("NoSuchTicketNoSuchTicket")).toEqual({ code: "invalid_input", key: "attendance.ticket_unknown" });
      expect(await footprint(h.db, meetup.id)).toBe(before);
      expect(await footprint(h.db, other.meetup.id)).toBe(otherBefore);
    });

    it("refuses before the desk opens, after it closes and at a cancelled meetup", async () => {
      const { organiser, meetup, people } = await world(1);
      const ticket = people[0]!.rsvp.ticketToken;
      const at = (d: Date) => refusal(checkIn(h.db, organiser.id, meetup.id, { ticket }, d));
      expect(await at(new Date("2026-12-05T08:59:00+09:00"))).toMatchObject({ key: "attendance.not_open_yet" });
      expect(await at(new Date("2026-12-05T15:01:00+09:00"))).toMatchObject({ key: "attendance.closed" });
      const off = await world(1);
      const cancelled = await insertMeetup(h.db, off.organiser.id, { startsAt: start, status: "cancelled" });
      const seat = await insertRsvp(h.db, cancelled.id, off.people[0]!.id);
      expect(await refusal(checkIn(h.db, off.organiser.id, cancelled.id, { ticket: seat.ticketToken }, now))).toMatchObject({
        key: "attendance.meetup_cancelled",
      });
    });

    it("is 'not found' for an attendee, another meetup's organiser and a name not on the list", async () => {
      const { organiser, meetup, people } = await world(2);
      const rival = await world(0);
      const before = await footprint(h.db, meetup.id);
      const ticket = people[0]!.rsvp.ticketToken;
      expect(await refusal(checkIn(h.db, people[1]!.id, meetup.id, { ticket }, now))).toEqual({ code: "not_found", key: "not_found" });
      expect(await refusal(checkIn(h.db, rival.organiser.id, meetup.id, { ticket }, now))).toEqual({ code: "not_found", key: "not_found" });
      // Scanning someone else's ticket at one's own meetup does not check it in there either.
      expect(await refusal(checkIn(h.db, rival.organiser.id, rival.meetup.id, { ticket }, now))).toMatchObject({
        key: "attendance.other_meetup",
      });
      expect(await refusal(checkIn(h.db, rival.organiser.id, rival.meetup.id, { rsvpId: people[0]!.rsvp.id }, now))).toEqual({
        code: "not_found",
        key: "not_found",
      });
      expect(await refusal(checkIn(h.db, organiser.id, meetup.id, { rsvpId: rival.meetup.id }, now))).toEqual({
        code: "not_found",
        key: "not_found",
      });
      expect(await footprint(h.db, meetup.id)).toBe(before);
    });

    it("checks in exactly once when two scans of the same ticket race", async () => {
      const { organiser, meetup, people } = await world(1);
      const ticket = people[0]!.rsvp.ticketToken;
      const results = await Promise.allSettled([0, 1, 2].map(() => checkIn(h.db, organiser.id, meetup.id, { ticket }, now)));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    });
  });

  describe("walk-ins", () => {
    it("adds a confirmed, checked-in seat marked as a walk-in", async () => {
      const { organiser, meetup, tag } = await world(0);
      const walker = await newMember(h.db, { name: `飛込 ${tag}`, kana: "とびこみ" });
      expect(await addWalkIn(h.db, organiser.id, { meetupId: meetup.id, memberId: walker.id, adults: 1, children: 2 }, now)).toEqual({
        name: `飛込 ${tag}`,
      });
      const [row] = await h.db
        .select()
        .from(meetupRsvps)
        .where(and(eq(meetupRsvps.meetupId, meetup.id), eq(meetupRsvps.memberId, walker.id)));
      expect(row).toMatchObject({ status: "confirmed", walkIn: true, checkedInAt: now, checkedInBy: organiser.id, adults: 1, children: 2 });
      expect(row!.ticketToken.length).toBeGreaterThanOrEqual(20);
      expect(
        await refusal(addWalkIn(h.db, organiser.id, { meetupId: meetup.id, memberId: walker.id, adults: 1, children: 0 }, later(1))),
      ).toMatchObject({ code: "conflict", key: "attendance.already_checked_in" });
    });

    it("checks in a waitlisted member who came as a walk-in, on their own row", async () => {
      const { organiser, meetup } = await world(0);
      const m = await newMember(h.db, { name: "待ち人", kana: "まちびと" });
      const waiting = await insertRsvp(h.db, meetup.id, m.id, { status: "waitlisted" });
      await addWalkIn(h.db, organiser.id, { meetupId: meetup.id, memberId: m.id, adults: 1, children: 0 }, now);
      const rows = await h.db.select().from(meetupRsvps).where(eq(meetupRsvps.memberId, m.id));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: waiting.id, status: "confirmed", walkIn: true, checkedInAt: now });
    });

    it("is 'not found' for someone of another town, suspended, blocked, the organiser, and for a non-organiser", async () => {
      const { organiser, meetup, people } = await world(1);
      const before = await footprint(h.db, meetup.id);
      const away = await newMember(h.db, { name: "遠方", kana: "えんぽう", town: "あおば町" });
      const off = await newMember(h.db, { name: "停止", kana: "ていし", status: "suspended" });
      const blocker = await newMember(h.db, { name: "ブロック", kana: "ぶろっく" });
      await blockMember(h.db, blocker.id, organiser.id, now);
      const add = (by: string, memberId: string) =>
        refusal(addWalkIn(h.db, by, { meetupId: meetup.id, memberId, adults: 1, children: 0 }, now));
      for (const id of [away.id, off.id, blocker.id, organiser.id])
        expect(await add(organiser.id, id)).toEqual({ code: "not_found", key: "not_found" });
      const stranger = await newMember(h.db, { name: "他人", kana: "たにん" });
      expect(await add(people[0]!.id, stranger.id)).toEqual({ code: "not_found", key: "not_found" });
      expect(await footprint(h.db, meetup.id)).toBe(before);
    });
  });

  describe("people I met", () => {
    /** A meetup where `count` members checked in. */
    async function attended(count = 2) {
      const w = await world(count);
      for (const p of w.people) await checkIn(h.db, w.organiser.id, w.meetup.id, { ticket: p.rsvp.ticketToken }, now);
      return w;
    }
    const requestTo = async (meetupId: string, toUser: string) => {
      const [r] = await h.db
        .select()
        .from(meetupConnectionRequests)
        .where(and(eq(meetupConnectionRequests.meetupId, meetupId), eq(meetupConnectionRequests.toUser, toUser)));
      return r!;
    };

    it("connects two attendees with one tap each: provenance meetup, the meetup kept, both met, the asker told", async () => {
      const { meetup, people } = await attended();
      const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
      expect(await askToConnect(h.db, a.id, meetup.id, b.id, later(30))).toEqual({ outcome: "asked" });
      const [told] = await h.db.select().from(notifications).where(eq(notifications.userId, b.id));
      expect(told).toMatchObject({ kind: "attendance.met_request", data: { meetup: meetup.title, meetupId: meetup.id } });
      const request = await requestTo(meetup.id, b.id);
      await answerMetRequest(h.db, b.id, request.id, true, later(40));
      expect(await findConnection(h.db, a.id, b.id)).toMatchObject({
        provenance: "meetup",
        meetupId: meetup.id,
        aMetAt: later(40),
        bMetAt: later(40),
      });
      const [accepted] = await h.db.select().from(notifications).where(eq(notifications.userId, a.id));
      expect(accepted).toMatchObject({ kind: "attendance.met_accepted" });
      expect(await refusal(askToConnect(h.db, a.id, meetup.id, b.id, later(50)))).toEqual({
        code: "conflict",
        key: "attendance.already_connected",
      });
      const [row] = await organiserMeetupsWithCounts(h.db, meetup.organiserId);
      expect(row).toMatchObject({ confirmed: 2, checkedIn: 2, waitlisted: 0, connectionsFormed: 1 });
    });

    it("asking back someone who asked you connects you", async () => {
      const { meetup, people } = await attended();
      const [a, b] = people;
      await askToConnect(h.db, a!.id, meetup.id, b!.id, now);
      expect(await askToConnect(h.db, b!.id, meetup.id, a!.id, later(1))).toEqual({ outcome: "connected" });
      expect(await findConnection(h.db, a!.id, b!.id)).toMatchObject({ provenance: "meetup", meetupId: meetup.id });
      expect((await requestTo(meetup.id, b!.id)).status).toBe("accepted");
    });

    it("declining is silent and connects no one; asking twice is refused", async () => {
      const { meetup, people } = await attended();
      const [a, b] = people;
      await askToConnect(h.db, a!.id, meetup.id, b!.id, now);
      expect(await refusal(askToConnect(h.db, a!.id, meetup.id, b!.id, now))).toEqual({
        code: "conflict",
        key: "attendance.already_asked",
      });
      const request = await requestTo(meetup.id, b!.id);
      await answerMetRequest(h.db, b!.id, request.id, false, later(1));
      expect(await findConnection(h.db, a!.id, b!.id)).toBeNull();
      const toA = await h.db.select().from(notifications).where(eq(notifications.userId, a!.id));
      expect(toA).toEqual([]);
      expect(await refusal(askToConnect(h.db, a!.id, meetup.id, b!.id, later(2)))).toMatchObject({ key: "attendance.already_asked" });
      // Answered requests are gone for the one asked, and never existed for anyone else.
      expect(await refusal(answerMetRequest(h.db, b!.id, request.id, true, later(3)))).toEqual({ code: "not_found", key: "not_found" });
    });

    it("marks an existing distance connection as met when it becomes a meetup acquaintance through the other's request", async () => {
      const { meetup, people } = await attended();
      const [a, b] = people;
      await askToConnect(h.db, a!.id, meetup.id, b!.id, now);
      await insertConnection(h.db, a!.id, b!.id, "distance", now, false);
      await answerMetRequest(h.db, b!.id, (await requestTo(meetup.id, b!.id)).id, true, later(5));
      expect(await findConnection(h.db, a!.id, b!.id)).toMatchObject({ provenance: "distance", aMetAt: later(5), bMetAt: later(5) });
    });

    it("is 'not found' unless both checked in, across a block, for the one who asked, and for strangers", async () => {
      const { organiser, meetup, people } = await attended(2);
      const [a, b] = people;
      const unchecked = await newMember(h.db, { name: "未受付", kana: "みうけつけ" });
      await insertRsvp(h.db, meetup.id, unchecked.id);
      const before = await footprint(h.db, meetup.id);
      const nf = { code: "not_found", key: "not_found" };
      expect(await refusal(askToConnect(h.db, a!.id, meetup.id, unchecked.id, now))).toEqual(nf);
      expect(await refusal(askToConnect(h.db, unchecked.id, meetup.id, a!.id, now))).toEqual(nf);
      expect(await refusal(askToConnect(h.db, organiser.id, meetup.id, a!.id, now))).toEqual(nf);
      expect(await refusal(askToConnect(h.db, a!.id, meetup.id, a!.id, now))).toEqual(nf);
      expect(await footprint(h.db, meetup.id)).toBe(before);
      await askToConnect(h.db, a!.id, meetup.id, b!.id, now);
      const request = await requestTo(meetup.id, b!.id);
      expect(await refusal(answerMetRequest(h.db, a!.id, request.id, true, now))).toEqual(nf);
      expect(await refusal(answerMetRequest(h.db, unchecked.id, request.id, true, now))).toEqual(nf);
      await blockMember(h.db, b!.id, a!.id, now);
      expect(await refusal(answerMetRequest(h.db, b!.id, request.id, true, now))).toEqual(nf);
      expect(await refusal(askToConnect(h.db, b!.id, meetup.id, a!.id, now))).toEqual(nf);
      expect(await findConnection(h.db, a!.id, b!.id)).toBeNull();
    });
  });

  it("counts the distinct families the organiser reached in the Tokyo year", async () => {
    const { organiser, meetup, people } = await world(2);
    for (const p of people) await checkIn(h.db, organiser.id, meetup.id, { ticket: p.rsvp.ticketToken }, now);
    // The same family at a second meetup that year counts once; a meetup of the year before not at all.
    const second = await insertMeetup(h.db, organiser.id, { startsAt: new Date("2026-01-01T00:30:00+09:00") });
    await insertRsvp(h.db, second.id, people[0]!.id, { checkedInAt: second.startsAt, checkedInBy: organiser.id });
    const lastYear = await insertMeetup(h.db, organiser.id, { startsAt: new Date("2025-12-31T23:00:00+09:00") });
    const old = await newMember(h.db, { name: "去年", kana: "きょねん" });
    await insertRsvp(h.db, lastYear.id, old.id, { checkedInAt: lastYear.startsAt, checkedInBy: organiser.id });
    // Seats not checked in are no families reached.
    const absent = await newMember(h.db, { name: "欠席", kana: "けっせき" });
    await insertRsvp(h.db, second.id, absent.id);
    const { from, to } = tokyoYear(now);
    expect(await familiesReached(h.db, organiser.id, from, to)).toBe(2);
    const y2025 = tokyoYear(new Date("2025-06-01T00:00:00+09:00"));
    expect(await familiesReached(h.db, organiser.id, y2025.from, y2025.to)).toBe(1);
  });
});
