import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { findPublicMeetup, listUpcomingMeetups, myRsvp } from "@/db/queries/meetups";
import { meetupRsvps, meetups, notifications } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { tokyoClock, tokyoDate } from "@/lib/time/tokyo";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { meetupInput, newOrganiser } from "@/test/meetups";
import { newMember } from "@/test/members";
import { cancelMeetup } from "./cancel-meetup";
import { cancelRsvp } from "./cancel-rsvp";
import { createMeetup } from "./create-meetup";
import { editMeetup } from "./edit-meetup";
import { rsvp } from "./rsvp";

const now = new Date("2026-11-24T09:00:00+09:00");
const unknownId = "00000000-0000-4000-8000-000000000000";
const notFound = { code: "not_found" };

describe.each(testDbKindsOf(import.meta.url))("meetups on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());
  const rows = (meetupId: string) =>
    h.db.select().from(meetupRsvps).where(eq(meetupRsvps.meetupId, meetupId)).orderBy(asc(meetupRsvps.seq));
  const kindsFor = async (userId: string) =>
    (await h.db.select().from(notifications).where(eq(notifications.userId, userId))).map((n) => n.kind);

  it("lets a certified organiser create a series, each occurrence its own row at the same Tokyo time", async () => {
    const org = await newOrganiser(h.db);
    const first = await createMeetup(
      h.db,
      org.id,
      meetupInput("2026-12-05", { recurrence: { frequency: "weekly", until: "2026-12-26" } }),
      now,
    );
    const [row] = await h.db.select().from(meetups).where(eq(meetups.id, first));
    const series = await h.db.select().from(meetups).where(eq(meetups.seriesId, row!.seriesId!)).orderBy(asc(meetups.startsAt));
    expect(series.map((m) => tokyoDate(m.startsAt))).toEqual(["2026-12-05", "2026-12-12", "2026-12-19", "2026-12-26"]);
    expect(series.every((m) => tokyoClock(m.startsAt) === "10:00" && tokyoClock(m.endsAt) === "11:30")).toBe(true);
    expect(series[0]!.id).toBe(first);
  });

  it("refuses a member who is not (or no longer) certified, on the day after the last day", async () => {
    const plain = await newMember(h.db, { name: "一般 会員", kana: "いっぱん かいいん" });
    await expect(createMeetup(h.db, plain.id, meetupInput("2026-12-05"), now)).rejects.toMatchObject(notFound);
    const expired = await newOrganiser(h.db, { until: "2026-11-23" });
    await expect(createMeetup(h.db, expired.id, meetupInput("2026-12-05"), now)).rejects.toMatchObject(notFound);
    const lastDay = await newOrganiser(h.db, { until: "2026-11-24" });
    await expect(createMeetup(h.db, lastDay.id, meetupInput("2026-12-05"), now)).resolves.toBeTypeOf("string");
    expect((await h.db.select().from(meetups).where(eq(meetups.organiserId, expired.id))).length).toBe(0);
  });

  it("seats, waitlists, promotes on cancellation and tells the promoted member", async () => {
    const org = await newOrganiser(h.db);
    const id = await createMeetup(h.db, org.id, meetupInput("2026-12-06", { capacityAdults: 2, capacityChildren: 1 }), now);
    const [a, b, c] = [
      await newMember(h.db, { name: "甲", kana: "こう" }),
      await newMember(h.db, { name: "乙", kana: "おつ" }),
      await newMember(h.db, { name: "丙", kana: "へい" }),
    ];
    expect((await rsvp(h.db, a.id, id, { adults: 1, children: 1 }, now)).status).toBe("confirmed");
    expect((await rsvp(h.db, b.id, id, { adults: 1, children: 0 }, now)).status).toBe("confirmed");
    expect((await rsvp(h.db, c.id, id, { adults: 1, children: 0 }, now)).status).toBe("waitlisted");
    await expect(rsvp(h.db, c.id, id, { adults: 1, children: 0 }, now)).rejects.toMatchObject({ messageKey: "meetup_already_rsvped" });
    await expect(rsvp(h.db, org.id, id, { adults: 1, children: 2 }, now)).rejects.toMatchObject({
      code: "invalid_input",
      field: "children",
      messageKey: "field.meetup_too_many_children",
    });
    const [ticketA, ticketB] = (await rows(id)).map((r) => r.ticketToken);
    expect(ticketA).toMatch(/^[\w-]{32}$/);
    expect(ticketA).not.toBe(ticketB);

    await cancelRsvp(h.db, a.id, id, now);
    expect((await rows(id)).map((r) => r.status)).toEqual(["cancelled", "confirmed", "confirmed"]);
    expect(await myRsvp(h.db, id, c.id)).toMatchObject({ status: "confirmed" });
    expect(await kindsFor(c.id)).toEqual(["meetup_promoted"]);
    // Cancelling again, or someone else's seat: there is nothing of theirs to cancel.
    await expect(cancelRsvp(h.db, a.id, id, now)).rejects.toMatchObject(notFound);
    await expect(cancelRsvp(h.db, a.id, unknownId, now)).rejects.toMatchObject(notFound);
    // A member may come back (to the end of the queue, or a seat if one is free).
    expect((await rsvp(h.db, a.id, id, { adults: 1, children: 0 }, now)).status).toBe("waitlisted");
  });

  it("closes RSVPs at the start", async () => {
    const org = await newOrganiser(h.db);
    const id = await createMeetup(h.db, org.id, meetupInput("2026-12-07"), now);
    const m = await newMember(h.db, { name: "遅刻", kana: "ちこく" });
    const start = new Date("2026-12-07T10:00:00+09:00");
    await expect(rsvp(h.db, m.id, id, { adults: 1, children: 0 }, start)).rejects.toMatchObject({ messageKey: "meetup_rsvp_closed" });
    expect(await rows(id)).toEqual([]);
  });

  it("edits one occurrence or this and the following, for its organiser only, and promotes into new seats", async () => {
    const org = await newOrganiser(h.db);
    const other = await newOrganiser(h.db, { name: "別の 主催" });
    const first = await createMeetup(
      h.db,
      org.id,
      meetupInput("2026-12-01", { capacityAdults: 1, recurrence: { frequency: "monthly", until: "2027-02-28" } }),
      now,
    );
    const [row] = await h.db.select().from(meetups).where(eq(meetups.id, first));
    const series = await h.db.select().from(meetups).where(eq(meetups.seriesId, row!.seriesId!)).orderBy(asc(meetups.startsAt));
    const second = series[1]!.id;
    const [x, y] = [await newMember(h.db, { name: "X", kana: "えっくす" }), await newMember(h.db, { name: "Y", kana: "わい" })];
    await rsvp(h.db, x.id, second, { adults: 1, children: 0 }, now);
    await rsvp(h.db, y.id, second, { adults: 1, children: 0 }, now);

    const edit = {
      ...meetupInput("2026-12-01", { capacityAdults: 3, venueName: "公民館" }),
      meetupId: second,
      scope: "following" as const,
    };
    // Another organiser, or a stranger: not found, nothing changes.
    await expect(editMeetup(h.db, other.id, edit, now)).rejects.toMatchObject(notFound);
    // Moving 1 January's meetup to 13:00 on the 2nd: the following one moves by the same day and hours.
    const moved = {
      ...edit,
      date: "2027-01-02",
      startsAt: new Date("2027-01-02T13:00:00+09:00"),
      endsAt: new Date("2027-01-02T14:30:00+09:00"),
    };
    expect(await editMeetup(h.db, org.id, moved, now)).toEqual([second, series[2]!.id]);
    const after = await h.db.select().from(meetups).where(eq(meetups.seriesId, row!.seriesId!)).orderBy(asc(meetups.startsAt));
    expect(after.map((m) => [tokyoDate(m.startsAt), tokyoClock(m.startsAt), m.venueName, m.capacityAdults])).toEqual([
      ["2026-12-01", "10:00", "子育て支援センター", 1],
      ["2027-01-02", "13:00", "公民館", 3],
      ["2027-02-02", "13:00", "公民館", 3],
    ]);
    expect(await myRsvp(h.db, second, y.id)).toMatchObject({ status: "confirmed" });
    expect(await kindsFor(y.id)).toEqual(["meetup_promoted"]);
    expect(await kindsFor(x.id)).toEqual(["meetup_changed"]);
    // Capacity may not go below the seats taken.
    await expect(editMeetup(h.db, org.id, { ...moved, scope: "one", capacityAdults: 1 }, now)).rejects.toMatchObject({
      messageKey: "field.meetup_capacity_below_taken",
    });
  });

  it("cancels with a reason, tells everyone coming, and hides it from the list", async () => {
    const org = await newOrganiser(h.db);
    const id = await createMeetup(h.db, org.id, meetupInput("2026-12-08", { capacityAdults: 1 }), now);
    const [p, q] = [await newMember(h.db, { name: "P", kana: "ぴー" }), await newMember(h.db, { name: "Q", kana: "きゅー" })];
    await rsvp(h.db, p.id, id, { adults: 1, children: 0 }, now);
    await rsvp(h.db, q.id, id, { adults: 1, children: 0 }, now);
    await expect(cancelMeetup(h.db, p.id, { meetupId: id, scope: "one", reason: "x" }, now)).rejects.toMatchObject(notFound);
    await cancelMeetup(h.db, org.id, { meetupId: id, scope: "one", reason: "会場の都合" }, now);
    const told = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, "meetup_cancelled")));
    expect(told.filter((n) => [p.id, q.id].includes(n.userId)).map((n) => (n.data as { reason: string }).reason)).toEqual([
      "会場の都合",
      "会場の都合",
    ]);
    expect(await findPublicMeetup(h.db, id)).toMatchObject({ status: "cancelled", cancelReason: "会場の都合" });
    expect((await listUpcomingMeetups(h.db, { now })).some((m) => m.id === id)).toBe(false);
    await expect(rsvp(h.db, p.id, id, { adults: 1, children: 0 }, now)).rejects.toMatchObject({ messageKey: "meetup_rsvp_closed" });
    await expect(cancelMeetup(h.db, org.id, { meetupId: id, scope: "one", reason: "again" }, now)).rejects.toMatchObject({
      messageKey: "meetup_closed",
    });
  });
});
