import { expect, expectAccessible, test } from "./fixtures";
import { AfterSection } from "./pages/care-after";
import { careRow, matchedCare, recordsOf, reportRow, soon, yesterday } from "./support/care-fixtures";

// After matching, in the browser: reporting, confirming, the receipt and the cash hand-over;
// changing the time; cancelling and no-shows with each member's own record.

test("the helper reports with expenses (bad input refused and kept), the parent confirms, both see the receipt and settle in cash", async ({
  browser,
  db,
}) => {
  const { parent, helper, requestId, path } = await matchedCare(browser, db, { startAt: yesterday().start, endAt: yesterday().end });
  await helper.page.goto(path);
  const helperView = new AfterSection(helper.page);
  await expect(helperView.card("終了の報告")).toBeVisible();
  await expectAccessible(helper.page);
  await helperView.report("11:00", "10:00", [{ label: "お昼ごはん", yen: "-600" }]);
  await helperView.expectRefused("入力内容を確認してください。");
  await expect(helper.page.locator('[id="report-endTime-error"]')).toHaveText("終了時刻は開始時刻より後にしてください。");
  await expect(helper.page.locator('[id="expenses-0-yen-error"]')).toHaveText("金額はマイナスにできません。");
  await expect(helper.page.getByLabel(/^内容/)).toHaveValue("お昼ごはん");
  await expectAccessible(helper.page);
  expect(await reportRow(db, requestId)).toBeNull();

  await helper.page.getByLabel(/^実際に始まった時刻/).fill("10:00");
  await helper.page.getByLabel(/^実際に終わった時刻/).fill("11:10");
  await helper.page.getByLabel(/^金額/).fill("６００円");
  await helper.page.getByRole("button", { name: "終了を報告する" }).click();
  await expect(helperView.card("終了の報告")).toContainText(`報告しました。${parent.member.name}さんの確認を待っています。`);
  await expect(helperView.card("終了の報告")).toContainText("1時間10分");
  await expectAccessible(helper.page);

  await parent.page.goto(path);
  const parentView = new AfterSection(parent.page);
  const check = parentView.card("終了の報告の確認");
  await expect(check).toContainText("食事: お昼ごはん 600円");
  await expect(check).toContainText("1,350円");
  await expectAccessible(parent.page);
  await parentView.confirm();
  for (const page of [parent.page, helper.page]) {
    await page.goto(path);
    const receipt = new AfterSection(page).card("お礼の明細");
    await expect(receipt.getByRole("row", { name: /お礼\(1人目\)/ })).toContainText("750円");
    await expect(receipt.getByRole("row", { name: /お支払い合計/ })).toContainText("1,350円");
    await expectAccessible(page);
  }
  expect(await reportRow(db, requestId)).toMatchObject({ thanksYen: 750, expensesYen: 600, parentPaysYen: 1350 });

  await helperView.handOver("現金で受け取りました");
  await expect(helperView.card("お礼の受け渡し")).toContainText("サポーター");
  await expect(helperView.card("お礼の受け渡し").getByRole("button")).toHaveCount(0);
  await parent.page.goto(path);
  await parentView.handOver("現金で渡しました");
  await expect(parentView.card("お礼の受け渡し")).toContainText("お礼の受け渡しが済みました");
  expect((await careRow(db, requestId)).state).toBe("settled");

  await parentView
    .card("ありがとうを伝える")
    .getByLabel(/^メッセージ/)
    .fill("急なお願いを聞いてくださって、ありがとうございました。");
  await parentView.card("ありがとうを伝える").getByRole("button", { name: "メッセージを送る" }).click();
  await expect(parentView.card("ありがとうを伝える")).toContainText("送ったメッセージ");
  await helper.page.goto(path);
  await expect(helperView.card(`${parent.member.name}さんからのメッセージ`)).toContainText("急なお願いを聞いてくださって");
  await expectAccessible(helper.page);
});

test("a time change needs the other side; the extension is insured; a late cancellation goes on the canceller's own record only", async ({
  browser,
  db,
}) => {
  const { start, end } = soon();
  const { parent, helper, requestId, path } = await matchedCare(browser, db, { startAt: start, endAt: end });
  const later = new Date(end.getTime() + 60 * 60_000);
  const clock = (d: Date) =>
    new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);

  await parent.page.goto(path);
  const parentView = new AfterSection(parent.page);
  await parentView.unfold("時間を変更したい");
  await expectAccessible(parent.page);
  await parentView.card("時間の変更").getByLabel(/^終了/).selectOption(clock(later));
  await parentView.card("時間の変更").getByRole("button", { name: "変更を相談する" }).click();
  await expect(parentView.card("時間の変更")).toContainText("返事を待っています");

  await helper.page.goto(path);
  const helperView = new AfterSection(helper.page);
  const change = helperView.card("時間の変更");
  await expect(change).toContainText(`${parent.member.name}さんから、時間の変更の相談が来ています。`);
  await expect(change).toContainText("延長は保険の対象です");
  await expectAccessible(helper.page);
  await change.getByRole("button", { name: "この時間に変更する" }).click();
  await expect(change.getByRole("heading", { name: "決まった変更" })).toBeVisible();
  await expect(change).toContainText("延長は保険の対象です");
  expect((await careRow(db, requestId)).endAt).toEqual(later);

  await helperView.unfold("キャンセルする");
  await expect(helperView.card("キャンセル")).toContainText("直前のキャンセル");
  await expect(helperView.card("キャンセル")).toContainText("キャンセル料はかかりません");
  await expectAccessible(helper.page);
  await helper.page.getByLabel(/^キャンセルの理由/).fill("家族が急に入院しました");
  await helperView.card("キャンセル").getByRole("button", { name: "キャンセルする" }).click();
  await expect(helperView.card("キャンセル")).toContainText("あなたが");
  await expect(helperView.card("キャンセル")).toContainText("直前のキャンセルとして、あなたの記録に残りました");
  await helper.page.getByRole("link", { name: "自分の記録を見る" }).click();
  await expect(helper.page.getByRole("heading", { level: 1 })).toHaveText("自分の記録");
  await expect(helper.page.locator("main")).toContainText("直前のキャンセル");
  await expect(helper.page.locator("main")).toContainText("家族が急に入院しました");
  await expectAccessible(helper.page);

  await parent.page.goto(path);
  await expect(parentView.card("キャンセル")).toContainText(`${helper.member.name}さんが`);
  await expect(parentView.card("キャンセル")).toContainText("理由: 家族が急に入院しました");
  await expect(parentView.card("キャンセル")).not.toContainText("記録に残りました");
  await parent.page.goto("/reliability");
  await expect(parent.page.locator("main")).toContainText("記録はありません。");
  await expectAccessible(parent.page);
  expect((await recordsOf(db, helper.member.id)).map((r) => r.kind)).toEqual(["late_cancellation"]);
});

test("after the start the parent can record that the helper did not come; it goes on the helper's record", async ({ browser, db }) => {
  const { parent, helper, requestId, path } = await matchedCare(browser, db, { startAt: yesterday().start, endAt: yesterday().end });
  await parent.page.goto(path);
  const parentView = new AfterSection(parent.page);
  await expect(parentView.card("終了の報告")).toContainText("報告を待っています");
  await parentView.withReason(
    "来てもらえなかった",
    /^どんな状況でしたか/,
    "約束の10時に来られず、連絡もつきませんでした",
    "来なかったと記録する",
  );
  await expect(parentView.card("キャンセル")).toContainText("サポーターが来なかったと、あなたが");
  await expectAccessible(parent.page);
  expect((await careRow(db, requestId)).state).toBe("cancelled");

  await helper.page.goto(path);
  await expect(new AfterSection(helper.page).card("キャンセル")).toContainText("あなたが来なかったと記録しました");
  await helper.page.goto("/reliability");
  await expect(helper.page.locator("main")).toContainText("来られなかった");
  await expectAccessible(helper.page);
});
