import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { meetupRsvps, meetups } from "@/db/schema";
import { addDays } from "@/lib/time/dates";
import { tokyoClock, tokyoDate } from "@/lib/time/tokyo";
import { newOrganiser } from "@/test/meetups";
import { expect, expectAccessible, test } from "./fixtures";
import { memberOnNewPage } from "./pages/connections";
import { fillMeetupForm, meetupPathOf, rsvpOn } from "./pages/meetups";
import { signInContext } from "./support/session";

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

test("an organiser creates a meetup for 2 adults; the third to sign up waits and is promoted when someone cancels", async ({
  browser,
  db,
}) => {
  const org = await organiserOnNewPage(browser, db, "主催 恵");
  const title = `親子ひろば ${Date.now()}`;
  await org.page.goto("/meetups");
  await org.page.getByRole("link", { name: "交流会を開く" }).click();
  await expectAccessible(org.page);
  await fillMeetupForm(org.page, { title, date: inDays(7), adults: "2", children: "4" });
  await org.page.getByRole("button", { name: "公開する" }).click();
  const path = await meetupPathOf(org.page);
  await expect(org.page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(org.page.getByText("残り 大人2人・子ども4人")).toBeVisible();
  await expectAccessible(org.page);

  const [a, b, c] = [
    await memberOnNewPage(browser, db, "参加 一郎", "さんか いちろう"),
    await memberOnNewPage(browser, db, "参加 二葉", "さんか ふたば"),
    await memberOnNewPage(browser, db, "参加 三太", "さんか さんた"),
  ];
  await rsvpOn(a.page, path, 1, 1);
  await expect(a.page.getByText("参加が決まっています(大人1人・子ども1人)。")).toBeVisible();
  // More children than the meetup takes: a translated refusal, nothing saved.
  await rsvpOn(b.page, path, 1, 5);
  await expect(b.page.getByText("この交流会の子どもの定員は4人です。")).toBeVisible();
  expect(await db.select().from(meetupRsvps).where(eq(meetupRsvps.memberId, b.member.id))).toEqual([]);
  await b.page.getByLabel("子どもの人数").fill("0");
  await b.page.getByRole("button", { name: "申し込む" }).click();
  await expect(b.page.getByText("参加が決まっています(大人1人・子ども0人)。")).toBeVisible();
  await rsvpOn(c.page, path, 1, 0);
  await expect(c.page.getByText(/キャンセル待ち 1番目です/)).toBeVisible();
  await expectAccessible(c.page);

  // The first cancels: the third is promoted in the same step, and told.
  await a.page.getByRole("button", { name: "参加を取り消す" }).click();
  await expect(a.page.getByRole("heading", { name: "参加を申し込む" })).toBeVisible();
  await c.page.goto("/notifications");
  const notice = c.page.getByRole("button", { name: new RegExp(`キャンセル待ちから繰り上がり、交流会「${title}」`) });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(c.page).toHaveURL(new RegExp(`${path}$`));
  await expect(c.page.getByText("参加が決まっています(大人1人・子ども0人)。")).toBeVisible();

  // Signed out, the page says when and where, never who comes.
  const anon = await browser.newContext();
  const anonPage = await anon.newPage();
  await anonPage.goto(path);
  await expect(anonPage.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(anonPage.getByRole("link", { name: "参加を申し込むにはログインしてください" })).toBeVisible();
  for (const name of ["参加 一郎", "参加 二葉", "参加 三太"]) await expect(anonPage.getByText(name)).toHaveCount(0);
  await anon.close();
});

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
