import { insertConnection } from "@/db/queries/connections";
import { meetupConnectionRequests } from "@/db/schema";
import { insertMeetup, insertRsvp, makeOrganiser } from "@/test/meetups";
import { newMember } from "@/test/members";
import { test } from "./fixtures";
import { tour } from "./shots/capture";

// The ticket, the check-in desk, people I met, the organiser's view and "met at" on the
// connections page, at a phone's width and a desktop's, in Japanese and English, each checked
// with axe. Written to SHOTS_DIR (default screenshots/).

const HOUR = 3600_000;

test("attendance pages at 390 and 1280 px, ja and en", async ({ browser, db }) => {
  test.setTimeout(300_000);
  const tag = Date.now().toString(36).slice(-4);
  const person = (name: string, kana: string) => newMember(db, { name, kana });
  const organiser = await person(`田中 恵子${tag}`, "たなか けいこ");
  await makeOrganiser(db, organiser.id);
  const now = Date.now();
  const live = await insertMeetup(db, organiser.id, { title: "親子ひろば 冬のおはなし会", startsAt: new Date(now - HOUR / 2) });
  const past = await insertMeetup(db, organiser.id, { title: "ベビーマッサージと交流会", startsAt: new Date(now - 10 * 24 * HOUR) });
  await insertMeetup(db, organiser.id, { title: "公園であそぼう", startsAt: new Date(now + 7 * 24 * HOUR) });
  const a = await person("青木 さくら", "あおき さくら");
  const b = await person("馬場 ゆうと", "ばば ゆうと");
  const c = await person("千葉 みゆき", "ちば みゆき");
  const d = await person("土井 かおる", "どい かおる");
  const e = await person("江口 まり", "えぐち まり");
  await person("青山 はるか", "あおやま はるか");
  const checked = { checkedInAt: new Date(now - 20 * 60_000), checkedInBy: organiser.id };
  await insertRsvp(db, live.id, a.id, { adults: 1, children: 2, ...checked });
  await insertRsvp(db, live.id, b.id, { adults: 1, children: 1, ...checked });
  await insertRsvp(db, live.id, e.id, { adults: 2, children: 1, ...checked });
  await insertRsvp(db, live.id, c.id, { adults: 1, children: 1 });
  await insertRsvp(db, live.id, d.id, { adults: 1, children: 0, status: "waitlisted" });
  await db.insert(meetupConnectionRequests).values({ meetupId: live.id, fromUser: b.id, toUser: a.id });
  await insertConnection(db, a.id, e.id, "meetup", new Date(now - 10 * 24 * HOUR), true, past.id);
  for (const m of [a, e]) await insertRsvp(db, past.id, m.id, { checkedInAt: past.startsAt, checkedInBy: organiser.id });

  const shot = tour(browser, "attendance");
  await shot(a, "ticket", `/meetups/${live.id}/ticket`);
  await shot(c, "ticket-unchecked", `/meetups/${live.id}/ticket`);
  await shot(d, "ticket-waitlisted", `/meetups/${live.id}/ticket`);
  await shot(organiser, "check-in", `/meetups/${live.id}/check-in`);
  await shot(organiser, "check-in-walk-in", `/meetups/${live.id}/check-in?q=${encodeURIComponent("あお")}#walk-in`);
  await shot(organiser, "check-in-camera-refused", `/meetups/${live.id}/check-in`, async (p) => {
    await p.getByRole("button", { name: /カメラで読み取る|Scan with the camera/ }).click();
    await p.getByText(/カメラを使えません|The camera cannot be used/).waitFor();
  });
  await shot(a, "people", `/meetups/${live.id}/people`);
  await shot(organiser, "organiser", "/organiser");
  await shot(a, "connections", "/connections");
});
