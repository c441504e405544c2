import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { feedOwner, memberMatchedCares, memberMeetups } from "@/db/queries/meetups";
import { seedDemo } from "@/db/seed/town";
import { hashFeedToken } from "@/lib/meetups/feed-token";
import { child } from "@/test/care-data";
import { insertCare } from "@/test/care-insert";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { meetupInput, newOrganiser } from "@/test/meetups";
import { newMember } from "@/test/members";
import { createMeetup } from "./create-meetup";
import { rotateCalendarFeed } from "./rotate-calendar-feed";
import { rsvp } from "./rsvp";

const now = new Date("2026-11-24T09:00:00+09:00");
const since = new Date("2026-11-01T00:00:00+09:00");

describe.each(testDbKindsOf(import.meta.url))("calendar feed queries on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());

  it("lists a member's own meetups and matched cares only, and a rotated secret opens nothing", async () => {
    const org = await newOrganiser(h.db);
    const parent = await newMember(h.db, { name: "暦 親", kana: "こよみ おや" });
    const helper = await newMember(h.db, { name: "暦 助", kana: "こよみ すけ" });
    const stranger = await newMember(h.db, { name: "暦 他", kana: "こよみ た" });
    const meetupId = await createMeetup(h.db, org.id, meetupInput("2026-12-05"), now);
    await rsvp(h.db, parent.id, meetupId, { adults: 1, children: 1 }, now);
    const kid = await child(h.db, parent.id, "2020-04-01", "秘密の名前");
    const startAt = new Date("2026-12-07T16:00:00+09:00");
    const careId = await insertCare(h.db, {
      parentId: parent.id,
      childIds: [kid],
      startAt,
      endAt: new Date("2026-12-07T18:00:00+09:00"),
      helperId: helper.id,
      state: "matched",
    });
    await insertCare(h.db, {
      parentId: parent.id,
      childIds: [kid],
      startAt,
      endAt: new Date("2026-12-07T18:00:00+09:00"),
      recipients: [helper.id],
    });

    expect((await memberMeetups(h.db, parent.id, since)).map((m) => m.id)).toEqual([meetupId]);
    expect((await memberMeetups(h.db, org.id, since)).map((m) => m.id)).toEqual([meetupId]);
    expect(await memberMeetups(h.db, stranger.id, since)).toEqual([]);
    for (const who of [parent.id, helper.id]) expect((await memberMatchedCares(h.db, who, since)).map((c) => c.id)).toEqual([careId]);
    expect(await memberMatchedCares(h.db, stranger.id, since)).toEqual([]);
    expect(JSON.stringify(await memberMatchedCares(h.db, parent.id, since))).not.toContain("秘密の名前");

    const first = await rotateCalendarFeed(h.db, parent.id, now);
    expect(await feedOwner(h.db, hashFeedToken(first))).toBe(parent.id);
    const second = await rotateCalendarFeed(h.db, parent.id, now);
    expect(await feedOwner(h.db, hashFeedToken(first))).toBeNull();
    expect(await feedOwner(h.db, hashFeedToken(second))).toBe(parent.id);
  });
});
