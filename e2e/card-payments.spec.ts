import { eq } from "drizzle-orm";
import { payments } from "@/db/schema";
import { expect, expectAccessible, onServer, test } from "./fixtures";
import { AfterSection } from "./pages/care-after";
import { matchedCare, yesterday } from "./support/care-fixtures";
import { signInAs } from "./support/session";

// Card payments through the local Stripe stand-in (test/stripe-stand-in.ts), which the e2e server
// starts: hosted onboarding and Checkout are its pages, and its signed webhooks reach the app.
// The card server is the one with the Stripe stand-in; every other test runs without a Stripe key.
onServer("card");

test("a helper connects Stripe; the parent pays 750円 by card on Checkout; both see 支払い済み; the receipt and the statement show it", async ({
  browser,
  db,
}) => {
  const { parent, helper, requestId, path } = await matchedCare(browser, db, { startAt: yesterday().start, endAt: yesterday().end });

  await helper.page.goto("/profile/payments");
  await expect(helper.page.locator("#stripe-status")).toContainText("まだ登録していません");
  await expectAccessible(helper.page);
  await helper.page.getByRole("button", { name: "Stripeで口座を登録する" }).click();
  await expect(helper.page).toHaveURL(/\/connect\/onboarding\/acct_\w+/);
  await helper.page.getByRole("button", { name: "送信して戻る" }).click();
  await expect(helper.page).toHaveURL(/\/profile\/payments\?returned=1$/);
  await expect(helper.page.locator("#stripe-status")).toHaveText("登録が済みました。カードでお礼を受け取れます。");

  await helper.page.goto(path);
  const helperView = new AfterSection(helper.page);
  await helperView.report("10:00", "11:10");
  await expect(helperView.card("終了の報告")).toContainText("報告しました");
  await parent.page.goto(path);
  const parentView = new AfterSection(parent.page);
  await parentView.confirm();
  await parent.page.goto(path);
  const pay = parentView.card("カードで支払う");
  await expect(pay).toContainText(`750円をカードで${helper.member.name}さんに支払えます`);
  await expectAccessible(parent.page);
  await pay.getByRole("button", { name: "カードで支払う" }).click();
  await expect(parent.page).toHaveURL(/\/checkout\/cs_test_\w+$/);
  await expect(parent.page.locator("#amount")).toHaveText("¥750");
  await parent.page.getByRole("button", { name: "支払う" }).click();
  await expect(parent.page).toHaveURL(new RegExp(`/requests/${requestId}\\?paid=1$`));

  await expect(parentView.card("カードで支払う")).toContainText("750円をカードで支払い済みです");
  await expect(parentView.card("お礼の受け渡し")).toHaveCount(0);
  await expectAccessible(parent.page);
  await helper.page.goto(path);
  await expect(helperView.card("カードで支払う")).toContainText("750円をカードで支払い済みです");
  await expect(helperView.card("カードで支払う").getByRole("link", { name: "領収書を見る" })).toHaveCount(0);

  await parentView.card("カードで支払う").getByRole("link", { name: "領収書を見る" }).click();
  const receipt = parent.page.locator("#receipt");
  await expect(receipt.getByRole("heading", { name: "領収書" })).toBeVisible();
  await expect(receipt).toContainText(`${parent.member.name} 様`);
  await expect(receipt).toContainText("750円");
  await expect(receipt).toContainText(`受領者: ${helper.member.name}`);
  await expect(receipt).toContainText("代理受領");
  await expectAccessible(parent.page);
  // Only the parent has a receipt.
  const other = await helper.page.goto(`/requests/${requestId}/receipt`);
  expect(other?.status()).toBe(404);

  await helper.page.goto("/profile/statement");
  const row = helper.page.locator("#statement").getByRole("row", { name: new RegExp(parent.member.name) });
  await expect(row).toContainText("カード");
  await expect(row).toContainText("750円");
  await expect(helper.page.getByText("カード合計: 750円")).toBeVisible();
  await expectAccessible(helper.page);

  const [payment] = await db.select().from(payments).where(eq(payments.requestId, requestId));
  expect(payment).toMatchObject({ status: "paid", amountYen: 750, feeYen: 27 });

  // An admin sees what the zero-commission promise cost: the fee is among this month's.
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInAs(adminPage, db, "fujita.satomi@example.com");
  await adminPage.goto("/admin");
  await adminPage.getByRole("link", { name: "カード払いの手数料" }).click();
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText("カード払いの手数料");
  await expect(adminPage.locator("#card-fees tbody tr").first()).toContainText(/\d+円/);
  await expectAccessible(adminPage);
  await admin.close();
});

test("a parent whose helper has not connected Stripe is told the thank-you is cash only, and settles in cash as before", async ({
  browser,
  db,
}) => {
  const { parent, helper, path } = await matchedCare(browser, db, { startAt: yesterday().start, endAt: yesterday().end });
  await helper.page.goto(path);
  const helperView = new AfterSection(helper.page);
  await helperView.report("10:00", "11:10");
  await expect(helperView.card("終了の報告")).toContainText("報告しました");
  await parent.page.goto(path);
  const parentView = new AfterSection(parent.page);
  await parentView.confirm();
  await parent.page.goto(path);
  await expect(parentView.card("カードで支払う")).toContainText(
    `${helper.member.name}さんはカードでの受け取りを登録していないため、お支払いは現金の手渡しのみです。`,
  );
  await expect(parentView.card("カードで支払う").getByRole("button")).toHaveCount(0);
  await parentView.handOver("現金で渡しました");
  await helper.page.goto(path);
  await helperView.handOver("現金で受け取りました");
  await expect(helperView.card("お礼の受け渡し")).toContainText("お礼の受け渡しが済みました");
  await helper.page.goto("/profile/statement");
  await expect(helper.page.getByText("現金合計: 750円")).toBeVisible();
});
