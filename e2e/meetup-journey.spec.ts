import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { findConnection } from "@/db/queries/connections";
import { meetupRsvps, members } from "@/db/schema";
import { yearFrom } from "@/lib/members/certification";
import { addDays } from "@/lib/time/dates";
import { tokyoClock, tokyoDate } from "@/lib/time/tokyo";
import { expect, expectAccessible, test } from "./fixtures";
import { cameraBrowserFilming, PHONE, phoneContext } from "./pages/check-in";
import { memberOnNewPage } from "./pages/connections";
import { fillMeetupForm, meetupPathOf, rsvpOn } from "./pages/meetups";
import { signInContext } from "./support/session";

// Issue 9, Done-when 1, through the UI from the first step to the last: an admin certifies a
// member at the desk; the new organiser opens a meetup for 2 adults; three members sign up and
// the third waits; one cancels and the third is promoted and told; the organiser checks the two
// in by filming their ticket QR codes (Chromium's fake camera); the two connect from "people I
// met" and their connection says where they met. The refusals, outsiders and bad input of each
// step are tested in certification.spec.ts, meetups.spec.ts and meetup-check-in.spec.ts.

const MINUTE = 60_000;

/**
 * A start within the next hour, so that signing up is still open and the check-in desk already is
 * (it opens an hour before the start): the form's date, start and end (an hour later, or the
 * day's last minute).
 */
function soon(now = new Date()) {
  const five = 5 * MINUTE;
  const startsAt = new Date(Math.ceil((now.getTime() + 30 * MINUTE) / five) * five);
  const endsAt = new Date(startsAt.getTime() + 60 * MINUTE);
  const date = tokyoDate(startsAt);
  return { date, start: tokyoClock(startsAt), end: tokyoDate(endsAt) === date ? tokyoClock(endsAt) : "23:59" };
}

test("certified at the desk, a meetup for 2, a waitlist and a promotion, check-in by camera, and 'met at' the meetup", async ({
  browser,
  db,
}) => {
  test.setTimeout(240_000);
  const tag = Date.now().toString(36);
  const today = tokyoDate(new Date());

  // 1. The member applies; an admin approves at the desk; the badge shows.
  const org = await memberOnNewPage(browser, db, `主催 ${tag}`, "しゅさい");
  const admin = await memberOnNewPage(browser, db, `運営 ${tag}`, "うんえい");
  await db
    .update(members)
    .set({ capabilities: ["admin"] })
    .where(eq(members.userId, admin.member.id));
  await org.page.goto("/profile");
  const standing = org.page.getByRole("region", { name: "認定・資格" });
  await standing.getByRole("link", { name: "認定サポーターに申請する" }).click();
  await org.page.getByLabel("提示する本人確認書類").selectOption({ label: "運転免許証" });
  for (const module of ["子どもの安全と事故の予防", "救命講習(心肺蘇生・AED)", "交流会の運営", "個人情報の取り扱い"]) {
    await org.page.getByLabel(module).fill(addDays(today, -20));
  }
  await org.page.getByRole("button", { name: "申請する" }).click();
  await expect(standing).toContainText("運営が確認しています。");

  const desk = admin.page;
  await desk.goto("/admin");
  await desk.getByRole("link", { name: "認定・資格の確認" }).click();
  await desk.getByRole("link", { name: `確認する: 主催 ${tag}` }).click();
  await expect(desk.getByRole("heading", { level: 1 })).toHaveText(`認定サポーター: 主催 ${tag}`);
  await desk.getByLabel("書類の番号の下4桁").fill("12ab");
  await desk.getByRole("button", { name: "承認する" }).click();
  await expect(desk).toHaveURL(/\/admin\/certifications$/);
  const [certified] = await db.select().from(members).where(eq(members.userId, org.member.id));
  expect(certified!.organiserCertifiedUntil).toBe(yearFrom(today).until);
  await desk.context().close();

  await org.page.goto("/profile");
  await expect(standing).toContainText("認定中:");
  await expect(org.page.getByRole("listitem").filter({ hasText: "認定サポーター" }).first()).toBeVisible();

  // 2. The organiser opens a meetup for 2 adults and 4 children, starting within the hour.
  const title = `親子ひろば ${tag}`;
  await org.page.goto("/meetups");
  await org.page.getByRole("link", { name: "交流会を開く" }).click();
  await fillMeetupForm(org.page, { title, ...soon(), adults: "2", children: "4" });
  await org.page.getByRole("button", { name: "公開する" }).click();
  const path = await meetupPathOf(org.page);
  await expect(org.page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(org.page.getByText("残り 大人2人・子ども4人")).toBeVisible();

  // 3. Three members sign up; a party with more children than the meetup takes is refused first.
  const [a, b, c] = [
    await memberOnNewPage(browser, db, `青木 ${tag}`, "あおき"),
    await memberOnNewPage(browser, db, `馬場 ${tag}`, "ばば"),
    await memberOnNewPage(browser, db, `千葉 ${tag}`, "ちば"),
  ];
  await rsvpOn(a.page, path, 1, 1);
  await expect(a.page.getByText("参加が決まっています(大人1人・子ども1人)。")).toBeVisible();
  await rsvpOn(b.page, path, 1, 5);
  await expect(b.page.getByText("この交流会の子どもの定員は4人です。")).toBeVisible();
  expect(await db.select().from(meetupRsvps).where(eq(meetupRsvps.memberId, b.member.id))).toEqual([]);
  await b.page.getByLabel("子どもの人数").fill("0");
  await b.page.getByRole("button", { name: "申し込む" }).click();
  await expect(b.page.getByText("参加が決まっています(大人1人・子ども0人)。")).toBeVisible();
  await rsvpOn(c.page, path, 1, 0);
  await expect(c.page.getByText(/キャンセル待ち 1番目です/)).toBeVisible();
  await expect(c.page.getByRole("link", { name: "受付チケットを表示" })).toHaveCount(0);
  await expectAccessible(c.page);

  // Signed out, the page says when and where, never who comes.
  const anon = await browser.newContext();
  const anonPage = await anon.newPage();
  await anonPage.goto(path);
  await expect(anonPage.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(anonPage.getByRole("link", { name: "参加を申し込むにはログインしてください" })).toBeVisible();
  for (const who of [a, b, c]) await expect(anonPage.getByText(who.member.name)).toHaveCount(0);
  await anon.close();

  // 4. The first cancels: the third is promoted in the same step, and told.
  await a.page.getByRole("button", { name: "参加を取り消す" }).click();
  await expect(a.page.getByRole("heading", { name: "参加を申し込む" })).toBeVisible();
  await a.page.context().close();
  await c.page.goto("/notifications");
  const notice = c.page.getByRole("button", { name: new RegExp(`キャンセル待ちから繰り上がり、交流会「${title}」`) });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(c.page).toHaveURL(new RegExp(`${path}$`));
  await expect(c.page.getByText("参加が決まっています(大人1人・子ども0人)。")).toBeVisible();

  // 5. Each attendee opens their ticket from the meetup's page on a phone; its QR code becomes a PNG.
  const dir = mkdtempSync(join(tmpdir(), "otagai-journey-"));
  const ticketOf = async (page: Page, file: string) => {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    await page.getByRole("link", { name: "受付チケットを表示" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "受付チケット" })).toBeVisible();
    await page.getByRole("img", { name: `${title}の受付チケット(QR コード)` }).screenshot({ path: join(dir, file) });
  };
  await ticketOf(b.page, "b.png");
  await ticketOf(c.page, "c.png");
  await expectAccessible(c.page);

  // The organiser's phone films both tickets; the desk is reached from the meetup's page.
  const camera = await cameraBrowserFilming(dir, [join(dir, "b.png"), join(dir, "c.png")]);
  try {
    const context = await phoneContext(camera);
    await signInContext(context, org.member);
    const phone = await context.newPage();
    await phone.goto(path);
    // A full page load (the camera is allowed only by the desk's own headers).
    const [deskResponse] = await Promise.all([
      phone.waitForResponse((r) => new URL(r.url()).pathname === `${path}/check-in` && r.request().resourceType() === "document"),
      phone.getByRole("link", { name: "参加者と受付" }).click(),
    ]);
    expect(deskResponse.headers()["permissions-policy"]).toContain("camera=(self)");
    await expect(phone.getByTestId("check-in-counts")).toHaveText("受付済み 0人 / 参加確定 2人");
    await expectAccessible(phone);
    await phone.getByRole("button", { name: "カメラで読み取る" }).click();
    const log = phone.getByRole("log");
    await expect(log).toContainText(`馬場 ${tag}さんを受付しました`, { timeout: 20_000 });
    await expect(log).toContainText(`千葉 ${tag}さんを受付しました`, { timeout: 20_000 });
    await phone.getByRole("button", { name: "カメラを止める" }).click();
    await phone.reload();
    await expect(phone.getByTestId("check-in-counts")).toHaveText("受付済み 2人 / 参加確定 2人");
  } finally {
    await camera.close();
  }
  const checkedIn = await db
    .select()
    .from(meetupRsvps)
    .where(eq(meetupRsvps.meetupId, path.slice("/meetups/".length)));
  expect(
    checkedIn
      .filter((r) => r.checkedInAt)
      .map((r) => [r.memberId, r.checkedInBy])
      .sort(),
  ).toEqual(
    [
      [b.member.id, org.member.id],
      [c.member.id, org.member.id],
    ].sort(),
  );

  // 6. From "people I met", one asks with one tap and the other accepts with one tap.
  await b.page.reload();
  await b.page.getByRole("link", { name: "この交流会で会った人" }).click();
  await expect(b.page.getByRole("heading", { level: 1, name: "交流会で会った人" })).toBeVisible();
  await expectAccessible(b.page);
  await b.page.getByRole("button", { name: `千葉 ${tag}さんとつながる` }).click();
  await expect(b.page.getByText("つながりを申し込みました")).toBeVisible();
  await c.page.goto(`${path}/people`);
  await expect(c.page.getByText(`馬場 ${tag}さんからつながりの申し込みがあります`)).toBeVisible();
  await c.page.getByRole("button", { name: `馬場 ${tag}さんを承認する` }).click();
  await expect(c.page.getByText("シェア友です")).toBeVisible();

  expect(await findConnection(db, b.member.id, c.member.id)).toMatchObject({ provenance: "meetup" });
  await c.page.goto("/connections");
  await expect(c.page.getByText(`「${title}」で会ってつながりました`)).toBeVisible();
  await expectAccessible(c.page);
  for (const who of [org, b, c]) await who.page.context().close();
});
