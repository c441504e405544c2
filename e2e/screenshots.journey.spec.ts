import { insertConnection } from "@/db/queries/connections";
import { meetupConnectionRequests } from "@/db/schema";
import { insertMeetup, insertRsvp } from "@/test/meetups";
import { newMember } from "@/test/members";
import { test } from "./fixtures";
import { tour } from "./shots/capture";
import { userByEmail } from "./support/session";

// The pages of issue 9's journey side by side, as members see them with the main menu above:
// the list, a meetup with a confirmed seat, its ticket, the desk, people I met, the organiser's
// view, the profile's standing and the admin's desk; 390 and 1280 px, Japanese and English, each
// checked with axe. Written to SHOTS_DIR (default screenshots/).

const HOUR = 3600_000;

test("the journey's pages at 390 and 1280 px, ja and en", async ({ browser, db }) => {
  test.setTimeout(400_000);
  const organiser = await userByEmail(db, "watanabe.yumi@example.com");
  const admin = await userByEmail(db, "fujita.satomi@example.com");
  const now = Date.now();
  const live = await insertMeetup(db, organiser.id, { title: "親子ひろば 冬のおはなし会", startsAt: new Date(now - HOUR / 2) });
  const next = await insertMeetup(db, organiser.id, { title: "公園であそぼう", startsAt: new Date(now + 3 * 24 * HOUR) });
  const person = (name: string, kana: string) => newMember(db, { name, kana });
  const a = await person("青木 さくら", "あおき さくら");
  const b = await person("馬場 ゆうと", "ばば ゆうと");
  const c = await person("千葉 みゆき", "ちば みゆき");
  const checked = { checkedInAt: new Date(now - 20 * 60_000), checkedInBy: organiser.id };
  await insertRsvp(db, live.id, a.id, { adults: 1, children: 2, ...checked });
  await insertRsvp(db, live.id, b.id, { adults: 1, children: 1, ...checked });
  await insertRsvp(db, live.id, c.id, { adults: 1, children: 1 });
  await insertRsvp(db, next.id, a.id, { adults: 1, children: 2 });
  await db.insert(meetupConnectionRequests).values({ meetupId: live.id, fromUser: b.id, toUser: a.id });
  await insertConnection(db, a.id, c.id, "meetup", new Date(now - 10 * 24 * HOUR), true, live.id);

  const shot = tour(browser, "journey");
  await shot(a, "meetups", "/meetups");
  await shot(a, "detail-confirmed", `/meetups/${next.id}`);
  await shot(a, "ticket", `/meetups/${next.id}/ticket`);
  await shot(organiser, "check-in", `/meetups/${live.id}/check-in`);
  await shot(a, "people", `/meetups/${live.id}/people`);
  await shot(organiser, "organiser", "/organiser");
  await shot(organiser, "profile", "/profile#standing");
  await shot(admin, "admin-desk", "/admin/certifications");
  // The menu scrolled sideways to the current page on a phone.
  await shot(admin, "nav-admin", "/admin");
});
