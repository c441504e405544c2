import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { savePreferences } from "@/db/queries/preferences";
import { careReports, careRequests, deliveries, notifications } from "@/db/schema";
import { remindMeetup } from "@/lib/meetups/workflows/remind-meetup";
import { createMatchedCare } from "@/test/care";
import { connect, createCareTestDb, members } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { insertMeetup, insertRsvp, newOrganiser } from "@/test/meetups";
import { remindCare } from "./remind-care";
import { remindConfirm } from "./remind-report";

const START = new Date("2026-12-10T10:00:00+09:00");
const before = (hours: number) => new Date(START.getTime() - hours * 3_600_000);

describe.each(testDbKindsOf(import.meta.url))("reminders on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  const reminders = async (userId: string) =>
    (
      await h.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), like(notifications.kind, "%reminder%")))
    ).map((n) => n.kind);
  const mails = async (userId: string) =>
    (
      await h.db
        .select({ state: deliveries.state, kind: notifications.kind })
        .from(deliveries)
        .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
        .where(and(eq(deliveries.userId, userId), like(notifications.kind, "%reminder%")))
    )
      .map((d) => `${d.kind}:${d.state}`)
      .sort();

  it("reminds both sides of a matched care a day and an hour before, each once; e-mail follows the member's choice, the last hour always goes", async () => {
    const [parent, helper] = await members(h.db, "親", "助");
    await connect(h.db, parent, helper);
    await createMatchedCare(h.db, { parentId: parent, helperId: helper, startAt: START, endAt: new Date(START.getTime() + 3_600_000) });
    // The helper turned reminder e-mails off.
    await savePreferences(h.db, helper, { off: ["reminders.email"], quietHours: null }, before(48));

    expect(await remindCare(h.db, before(25))).toBe(0);
    expect(await remindCare(h.db, before(23))).toBe(2);
    expect(await remindCare(h.db, before(22))).toBe(0);
    expect(await remindCare(h.db, before(0.5))).toBe(2);
    expect(await remindCare(h.db, before(0.25))).toBe(0);
    expect(await remindCare(h.db, START)).toBe(0);
    expect((await reminders(parent)).sort()).toEqual(["care_reminder_1h", "care_reminder_24h"]);
    expect((await reminders(helper)).sort()).toEqual(["care_reminder_1h", "care_reminder_24h"]);
    expect(await mails(parent)).toEqual(["care_reminder_1h:waiting", "care_reminder_24h:waiting"]);
    expect(await mails(helper)).toEqual(["care_reminder_1h:waiting", "care_reminder_24h:skipped"]);
  });

  it("reminds members with a confirmed seat the day before a meetup, once, and nobody on the waitlist", async () => {
    const organiser = await newOrganiser(h.db);
    const [seated, waiting] = await members(h.db, "席", "待");
    const meetup = await insertMeetup(h.db, organiser.id, { startsAt: START });
    await insertRsvp(h.db, meetup.id, seated);
    await insertRsvp(h.db, meetup.id, waiting, { status: "waitlisted" });
    // 8:00 the day before: not yet; 9:00: due.
    expect(await remindMeetup(h.db, before(26))).toBe(0);
    expect(await remindMeetup(h.db, before(25))).toBe(1);
    expect(await remindMeetup(h.db, before(2))).toBe(0);
    expect(await reminders(seated)).toEqual(["meetup_reminder"]);
    expect(await reminders(waiting)).toEqual([]);
  });

  it("asks the parent again the morning after a report they have not confirmed, once", async () => {
    const [parent, helper] = await members(h.db, "親", "助");
    await connect(h.db, parent, helper);
    const end = new Date(START.getTime() + 3_600_000);
    const id = await createMatchedCare(h.db, { parentId: parent, helperId: helper, startAt: START, endAt: end });
    await h.db.update(careRequests).set({ state: "reported" }).where(eq(careRequests.id, id));
    await h.db.insert(careReports).values({ requestId: id, actualStartAt: START, actualEndAt: end, reportedAt: end });
    const nextMorning = new Date("2026-12-11T08:00:00+09:00");
    expect(await remindConfirm(h.db, new Date(nextMorning.getTime() - 60_000))).toBe(0);
    expect(await remindConfirm(h.db, nextMorning)).toBe(1);
    expect(await remindConfirm(h.db, new Date(nextMorning.getTime() + 60_000))).toBe(0);
    const asked = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, parent), eq(notifications.requestId, id)));
    expect(asked.map((n) => n.kind)).toEqual(["after_confirm_due_again"]);
  });
});
