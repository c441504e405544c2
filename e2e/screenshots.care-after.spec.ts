import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { AfterSection } from "./pages/care-after";
import { matchedCare, soon, yesterday } from "./support/care-fixtures";

// Completion at a phone's width and a desktop's, in Japanese, for people to look at
// (screenshots/ is git-ignored): the report form, the parent's check, the receipt, the hand-over.
const WIDTHS = [390, 1280];

// Two whole completions, one per width.
test.setTimeout(240_000);

test("completion at 390 and 1280 px", async ({ browser, db }) => {
  for (const width of WIDTHS) {
    const { parent, helper, path } = await matchedCare(browser, db, { startAt: yesterday().start, endAt: yesterday().end });
    for (const page of [parent.page, helper.page]) await page.setViewportSize({ width, height: 900 });
    const shot = async (page: Page, name: string) => {
      await expectAccessible(page);
      await page.screenshot({ path: `screenshots/care-after-${name}-${width}.png`, fullPage: true });
    };
    const helperView = new AfterSection(helper.page);
    const parentView = new AfterSection(parent.page);

    await helper.page.goto(path);
    await helperView.report("10:00", "09:30", [{ label: "お昼ごはん(おにぎり2個とお茶)", yen: "-600" }]);
    await helperView.expectRefused("入力内容を確認してください。");
    await shot(helper.page, "report-errors");
    await helper.page.getByLabel(/^実際に終わった時刻/).fill("11:10");
    await helper.page.getByLabel(/^金額/).fill("600");
    await helperView.card("終了の報告").getByRole("button", { name: "実費を追加する" }).click();
    const bus = helperView.card("終了の報告").getByRole("group", { name: "実費 2" });
    await bus.getByLabel(/^種類/).selectOption({ label: "交通費" });
    await bus.getByLabel(/^内容/).fill("バス代(往復)");
    await bus.getByLabel(/^金額/).fill("440");
    await shot(helper.page, "report-form");
    await helperView.card("終了の報告").getByRole("button", { name: "終了を報告する" }).click();
    await expect(helperView.card("終了の報告")).toContainText("報告しました。");
    await shot(helper.page, "reported");

    await parent.page.goto(path);
    await expect(parentView.card("終了の報告の確認")).toBeVisible();
    await shot(parent.page, "confirm");
    await parentView.confirm();
    await shot(parent.page, "receipt");

    await helper.page.goto(path);
    await helperView.handOver("現金で受け取りました");
    await expect(helperView.card("お礼の受け渡し").getByRole("button")).toHaveCount(0);
    await shot(helper.page, "settlement-waiting");
    await parent.page.goto(path);
    await parentView.handOver("現金で渡しました");
    await expect(parentView.card("お礼の受け渡し")).toContainText("済みました");
    await shot(parent.page, "settled");
  }
});

test("changing the time, cancelling and my record at 390 and 1280 px", async ({ browser, db }) => {
  for (const width of WIDTHS) {
    const { start, end } = soon();
    const { parent, helper, path } = await matchedCare(browser, db, { startAt: start, endAt: end });
    for (const page of [parent.page, helper.page]) await page.setViewportSize({ width, height: 900 });
    const shot = async (page: Page, name: string) => {
      await expectAccessible(page);
      await page.screenshot({ path: `screenshots/care-after-${name}-${width}.png`, fullPage: true });
    };
    await parent.page.goto(path);
    const parentView = new AfterSection(parent.page);
    await parentView.unfold("時間を変更したい");
    await parentView.unfold("キャンセルする");
    await shot(parent.page, "matched-open");
    const later = new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
      new Date(end.getTime() + 30 * 60_000),
    );
    await parentView.card("時間の変更").getByLabel(/^終了/).selectOption(later);
    await parentView.card("時間の変更").getByRole("button", { name: "変更を相談する" }).click();
    await expect(parentView.card("時間の変更")).toContainText("返事を待っています");
    await helper.page.goto(path);
    await shot(helper.page, "change-proposed");
    await helper.page.getByRole("button", { name: "この時間に変更する" }).click();
    await expect(new AfterSection(helper.page).card("時間の変更")).toContainText("決まった変更");
    await new AfterSection(helper.page).withReason(
      "キャンセルする",
      /^キャンセルの理由/,
      "子どもが熱を出してしまいました。申し訳ありません。",
      "キャンセルする",
    );
    await expect(new AfterSection(helper.page).card("キャンセル")).toContainText("あなたが");
    await shot(helper.page, "cancelled");
    await helper.page.goto("/reliability");
    await shot(helper.page, "reliability");
  }
});
