import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { meetups } from "@/db/schema";
import { addDays } from "@/lib/time/dates";
import { tokyoClock, tokyoDate } from "@/lib/time/tokyo";
import { newOrganiser } from "@/test/meetups";
import { expect, expectAccessible, test } from "./fixtures";
import { memberOnNewPage } from "./pages/connections";
import { fillMeetupForm, meetupPathOf, rsvpOn } from "./pages/meetups";
import { signInContext } from "./support/session";

// Creating a meetup, signing up, the waitlist and its promotion are walked through from the first
// step in meetup-journey.spec.ts; here: bad input, outsiders, and the calendar files.

const inDays = (n: number) => addDays(tokyoDate(new Date()), n);

async function organiserOnNewPage(
  browser: import("@playwright/test").Browser,
  db: Parameters<typeof newOrganiser>[0],
  name: string,
  until?: string,
) {
  const member = { ...(await newOrganiser(db, { name, until })), name };
  const context = await browser.newContext();
  await signInContext(context, member);
  return { member, page: await context.newPage() };
}

test("bad meetup input gets translated errors and saves nothing; an expired organiser cannot create", async ({ browser, db }) => {
  const org = await organiserOnNewPage(browser, db, "主催 誤入力");
  const title = `誤入力の会 ${Date.now()}`;
  await org.page.goto("/meetups/new");
  const submit = () => org.page.getByRole("button", { name: "公開する" }).click();
  await fillMeetupForm(org.page, { title, date: inDays(5), adults: "0" });
  await submit();
  await expect(org.page.locator("#capacityAdults-error")).toHaveText("大人の定員は1人以上にしてください。");
  await org.page.getByLabel("定員(大人)").fill("-2");
  await submit();
  await expect(org.page.locator("#capacityAdults-error")).toHaveText("大人の定員は1人以上にしてください。");
  await org.page.getByLabel("定員(大人)").fill("5");
  await org.page.getByLabel("終了時刻").fill("09:00");
  await submit();
  await expect(org.page.locator("#endTime-error")).toHaveText("終了は開始より後の時刻にしてください。");
  await org.page.getByLabel("終了時刻").fill("11:00");
  await org.page.getByLabel("くり返し", { exact: true }).selectOption({ label: "毎週" });
  await submit();
  await expect(org.page.locator("#until-error")).toHaveText("くり返すときは最終日を入力してください。");
  await org.page.getByLabel("くり返しの最終日").fill(inDays(5 + 7 * 60));
  await submit();
  await expect(org.page.locator("#until-error")).toHaveText("くり返しは52回までです。最終日を早めてください。");
  await expectAccessible(org.page);
  expect(await db.select().from(meetups).where(eq(meetups.organiserId, org.member.id))).toEqual([]);

  const expired = await organiserOnNewPage(browser, db, "主催 期限切れ", inDays(-1));
  expect((await expired.page.goto("/meetups/new"))?.status()).toBe(404);
  await expired.page.goto("/meetups");
  await expect(expired.page.getByRole("link", { name: "交流会を開く" })).toHaveCount(0);
});

test("other members and other organisers get 'not found' for a meetup's edit page and actions", async ({ browser, db }) => {
  const org = await organiserOnNewPage(browser, db, "主催 本人");
  await org.page.goto("/meetups/new");
  await fillMeetupForm(org.page, { title: `本人の会 ${Date.now()}`, date: inDays(9) });
  await org.page.getByRole("button", { name: "公開する" }).click();
  const path = await meetupPathOf(org.page);
  await org.page.getByRole("link", { name: "内容を変更する・中止する" }).click();
  await expect(org.page.getByRole("heading", { level: 1 })).toHaveText("交流会の変更・中止");
  await expectAccessible(org.page);

  const other = await organiserOnNewPage(browser, db, "主催 他人");
  const member = await memberOnNewPage(browser, db, "会員 部外", "かいいん ぶがい");
  for (const p of [other.page, member.page]) {
    expect((await p.goto(`${path}/edit`))?.status()).toBe(404);
    await p.goto(path);
    await expect(p.getByRole("link", { name: "内容を変更する・中止する" })).toHaveCount(0);
  }
  // Signed out: the edit page sends to sign-in.
  const anon = await browser.newContext();
  const anonPage = await anon.newPage();
  await anonPage.goto(`${path}/edit`);
  await expect(anonPage).toHaveURL(/\/signin/);
  await anon.close();

  // The organiser cancels with a reason; the page says so.
  await org.page.getByLabel("中止の理由").fill("会場の都合により中止します。");
  await org.page.getByRole("button", { name: "中止して参加者に知らせる" }).click();
  await expect(org.page).toHaveURL(new RegExp(`${path}$`));
  await expect(org.page.getByText("この交流会は中止になりました。")).toBeVisible();
  await expect(org.page.getByText("理由: 会場の都合により中止します。")).toBeVisible();
});

test("the meetup's .ics and the personal feed parse at Tokyo times; a rotated feed URL answers 404", async ({ browser, db, request }) => {
  const org = await organiserOnNewPage(browser, db, "主催 暦");
  const date = inDays(10);
  await org.page.goto("/meetups/new");
  await fillMeetupForm(org.page, { title: `暦の会 ${Date.now()}`, date, start: "08:30", end: "09:45" });
  await org.page.getByRole("button", { name: "公開する" }).click();
  const path = await meetupPathOf(org.page);
  const times = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => {
      const e = new ICAL.Event(v);
      return [tokyoDate(e.startDate.toJSDate()), tokyoClock(e.startDate.toJSDate()), tokyoClock(e.endDate.toJSDate())];
    });

  const ics = await request.get(`/api${path}/ics`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(times(await ics.text())).toEqual([[date, "08:30", "09:45"]]);

  const member = await memberOnNewPage(browser, db, "暦 利用者", "こよみ りようしゃ");
  await rsvpOn(member.page, path, 1, 0);
  await expect(member.page.getByText(/参加が決まっています/)).toBeVisible();
  await member.page.goto("/calendar");
  await expectAccessible(member.page);
  await member.page.getByRole("button", { name: "URLを発行する" }).click();
  const field = member.page.getByLabel("カレンダーのURL");
  await expect(field).toHaveValue(/\/api\/calendar\/[\w-]+\.ics$/);
  const first = await field.inputValue();
  const feed = await request.get(first);
  expect(feed.status()).toBe(200);
  expect(times(await feed.text())).toEqual([[date, "08:30", "09:45"]]);

  await member.page.getByRole("button", { name: /新しいURLを発行する/ }).click();
  await expect(field).not.toHaveValue(first);
  expect((await request.get(first)).status()).toBe(404);
  expect((await request.get(await field.inputValue())).status()).toBe(200);
  expect((await request.get("/api/calendar/not-a-real-token.ics")).status()).toBe(404);
});
