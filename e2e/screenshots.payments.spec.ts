import { expect, test } from "./fixtures";
import { AfterSection } from "./pages/care-after";
import { tour } from "./shots/capture";
import { matchedCare, yesterday } from "./support/care-fixtures";

// Card payments at a phone's width and a desktop's, in Japanese and English, each checked with axe:
// the helper's Stripe settings, paying, paid, the receipt and the monthly statement (SHOTS_DIR,
// default screenshots/, is git-ignored). The payment goes through the Stripe stand-in's pages.

test("card payment pages at 390 and 1280 px, Japanese and English", async ({ browser, db }) => {
  test.setTimeout(300_000);
  const shot = tour(browser, "payments");
  const { parent, helper, requestId, path } = await matchedCare(browser, db, { startAt: yesterday().start, endAt: yesterday().end });
  const as = (p: typeof parent) => ({ id: p.member.id, email: p.member.email, name: p.member.name });

  await shot(as(helper), "settings-none", "/profile/payments");
  await helper.page.goto("/profile/payments");
  await helper.page.getByRole("button", { name: "Stripeで口座を登録する" }).click();
  await helper.page.getByRole("button", { name: "送信して戻る" }).click();
  await expect(helper.page.locator("#stripe-status")).toHaveText("登録が済みました。カードでお礼を受け取れます。");
  await shot(as(helper), "settings-ready", "/profile/payments");

  await helper.page.goto(path);
  const helperView = new AfterSection(helper.page);
  await helperView.report("10:00", "11:10");
  await expect(helperView.card("終了の報告")).toContainText("報告しました");
  await parent.page.goto(path);
  await new AfterSection(parent.page).confirm();
  await shot(as(parent), "pay", `${path}#after-card`);

  await parent.page.goto(path);
  await new AfterSection(parent.page).card("カードで支払う").getByRole("button", { name: "カードで支払う" }).click();
  await parent.page.getByRole("button", { name: "支払う" }).click();
  await expect(parent.page).toHaveURL(new RegExp(`/requests/${requestId}\\?paid=1$`));
  await shot(as(parent), "paid", `${path}#after-card`);
  await shot(as(helper), "paid-helper", `${path}#after-card`);
  await shot(as(parent), "receipt", `/requests/${requestId}/receipt`);
  await shot(as(helper), "statement", "/profile/statement");
});
