import { eq } from "drizzle-orm";
import { meetupPayments } from "@/db/schema";
import { insertMeetup, newOrganiser } from "@/test/meetups";
import { expect, expectAccessible, onServer, test } from "./fixtures";
import { memberOnNewPage } from "./pages/connections";
import { signInAs, signInContext } from "./support/session";
import { uniqueTag } from "./support/tag";

// A paid meetup through the local Stripe stand-in (test/stripe-stand-in.ts), which the e2e server
// starts: its onboarding and Checkout pages, and its signed webhooks to the app.
// The card server is the one with the Stripe stand-in; every other test runs without a Stripe key.
onServer("card");

test("a member pays a meetup's fee on Checkout and holds a confirmed seat with a receipt; an admin refunds it", async ({ browser, db }) => {
  const tag = uniqueTag();
  const organiser = { ...(await newOrganiser(db, { name: `有料 主催${tag}` })), name: `有料 主催${tag}` };
  const orgContext = await browser.newContext();
  await signInContext(orgContext, organiser);
  const orgPage = await orgContext.newPage();
  await orgPage.goto("/profile/payments");
  await orgPage.getByRole("button", { name: "Stripeで口座を登録する" }).click();
  await orgPage.getByRole("button", { name: "送信して戻る" }).click();
  await expect(orgPage.locator("#stripe-status")).toHaveText("登録が済みました。カードでお礼を受け取れます。");
  await orgContext.close();
  const meetup = await insertMeetup(db, organiser.id, {
    title: `有料の会${tag}`,
    startsAt: new Date(Date.now() + 3 * 86_400_000),
    feeYen: 1500,
  });

  const { member, page } = await memberOnNewPage(browser, db, `有料 参加${tag}`, "ゆうりょう さんか");
  await page.goto(`/meetups/${meetup.id}`);
  await expect(page.getByText("1,500円(申し込むときにカードで支払います)")).toBeVisible();
  await expect(page.locator("#fee-policy")).toContainText("開始の24時間前までにご自分で参加を取り消すと全額返金します");
  await expectAccessible(page);
  await page.getByRole("button", { name: "申し込んで支払いへ進む" }).click();
  await expect(page).toHaveURL(/\/checkout\/cs_test_\w+$/);
  await expect(page.locator("#amount")).toHaveText("¥1,500");
  await page.getByRole("button", { name: "支払う" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetups/${meetup.id}\\?paid=1$`));
  await expect(page.locator("#fee-state")).toHaveText("参加費1,500円を支払い済みです。");
  await expect(page.getByRole("link", { name: "受付チケットを表示" })).toBeVisible();
  await page.getByRole("link", { name: "領収書を見る" }).click();
  const receipt = page.locator("#receipt");
  await expect(receipt).toContainText(`${member.name} 様`);
  await expect(receipt).toContainText("1,500円");
  await expect(receipt).toContainText(`受領者: ${organiser.name}`);
  await expect(receipt).toContainText("代理受領");
  await expectAccessible(page);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, db, "fujita.satomi@example.com");
  await admin.goto("/admin/payments");
  await admin.getByRole("link", { name: `${member.name}さんのお支払い(1,500円)を返金する` }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("返金の確認");
  await expect(admin.locator("#refund-facts")).toContainText(organiser.name);
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "全額返金する" }).click();
  await expect(admin).toHaveURL(/\/admin\/payments\?refunded=1$/);
  await expect(admin.getByRole("status")).toContainText("返金を受け付けました");
  // Stripe's charge.refunded moves the status on.
  await expect
    .poll(async () => (await db.select().from(meetupPayments).where(eq(meetupPayments.memberId, member.id)))[0]?.status)
    .toBe("refunded");
  await admin.reload();
  await expect(admin.locator("#recent-payments li").filter({ hasText: member.name })).toContainText("返金済み");
  await adminContext.close();
});
