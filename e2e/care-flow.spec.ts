import { eq } from "drizzle-orm";
import { careFeedback } from "@/db/schema";
import { expect, expectAccessible, test } from "./fixtures";
import { AfterSection } from "./pages/care-after";
import { parentWithConnections, RequestFormPage, RequestPage, tokyoDay } from "./pages/requests";
import { careRow, moveToYesterday, reportRow } from "./support/care-fixtures";

// "Done when 1" of the care issue, end to end in the browser: posting to three connections,
// two OKs, choosing one, the other told only that it was solved; then the report of 1 h 10 min,
// the parent's confirmation, 750 yen for both, cash confirmed by both, settled, and the survey.

// Five people sign in and the care goes through every step: longer than one page's worth.
test.setTimeout(180_000);

test("post to three → two OK → choose one → the other sees 解決しました → report 1 h 10 min → confirm → 750円 → cash → settled → survey", async ({
  browser,
  db,
}) => {
  const { parent, childName, others } = await parentWithConnections(browser, db, [
    ["岡 一郎", "おか いちろう"],
    ["川 二美", "かわ ふたみ"],
    ["森 三奈", "もり みな"],
  ]);
  // The parent is named after the first connection ("親 岡 一郎"), so the one chosen is the second:
  // whether the others learn who was chosen is checked by looking for the helper's name.
  const [second, helper, third] = others as [(typeof others)[number], (typeof others)[number], (typeof others)[number]];

  const form = new RequestFormPage(parent.page);
  await form.open();
  await form.fill({
    child: childName,
    date: tokyoDay(3),
    start: "10:00",
    end: "11:00",
    place: "サポーターの家",
    recipients: [helper.member.name, second.member.name, third.member.name],
  });
  await expectAccessible(parent.page);
  await form.submit();
  await expect(parent.page).toHaveURL(/\/requests\/[0-9a-f-]{36}\?done=posted$/);
  const path = new URL(parent.page.url()).pathname;
  const requestId = path.split("/").pop()!;

  for (const person of [helper, second]) {
    await person.page.goto(path);
    await new RequestPage(person.page).sayOk("大丈夫です。");
    await expectAccessible(person.page);
  }
  await parent.page.goto(path);
  await new RequestPage(parent.page).choose(helper.member.name);
  await expectAccessible(parent.page);

  await second.page.goto(path);
  await expect(second.page.getByText("このお願いは解決しました。ありがとうございました。")).toBeVisible();
  await expect(second.page.locator("body")).not.toContainText(helper.member.name);
  await expect(second.page.getByRole("region", { name: "終了の報告", exact: true })).toHaveCount(0);
  await expectAccessible(second.page);

  // A care can only be reported once it has ended, and a request can only be posted for a start
  // in the future: the test cannot wait three days, so the matched care is moved to yesterday.
  await moveToYesterday(db, requestId);

  await helper.page.goto(path);
  const helperView = new AfterSection(helper.page);
  await helperView.report("10:00", "11:10");
  await expect(helperView.card("終了の報告")).toContainText("報告しました。");
  await expectAccessible(helper.page);

  await parent.page.goto("/notifications");
  await expect(
    parent.page.getByRole("button", { name: new RegExp(`${helper.member.name}さんから、.*終了報告が届きました`) }),
  ).toBeVisible();
  await parent.page.getByRole("button", { name: new RegExp(`${helper.member.name}さんから、.*終了報告が届きました`) }).click();
  await expect(parent.page).toHaveURL(new RegExp(`${path}$`));
  const parentView = new AfterSection(parent.page);
  await expect(parentView.card("終了の報告の確認")).toContainText("1時間10分");
  await expectAccessible(parent.page);
  await parentView.confirm();

  for (const page of [parent.page, helper.page]) {
    await page.goto(path);
    const receipt = new AfterSection(page).card("お礼の明細");
    await expect(receipt.getByRole("row", { name: /お支払い合計/ })).toContainText("750円");
    await expect(receipt).toContainText("お礼の計算に使う時間: 1時間30分");
    await expectAccessible(page);
  }
  expect(await reportRow(db, requestId)).toMatchObject({ thanksYen: 750, parentPaysYen: 750 });

  await helperView.handOver("現金で受け取りました");
  await expect(helperView.card("お礼の受け渡し").getByRole("button")).toHaveCount(0);
  await parent.page.goto(path);
  await parentView.handOver("現金で渡しました");
  await expect(parentView.card("お礼の受け渡し")).toContainText("お礼の受け渡しが済みました");
  expect((await careRow(db, requestId)).state).toBe("settled");
  await expectAccessible(parent.page);

  const survey = parentView.card("アンケート(1問だけ)");
  await expect(survey).toContainText("また、おたがいを使いたいと思いますか?");
  await survey.getByRole("radio", { name: "はい、また使いたい" }).check();
  await survey.getByRole("button", { name: "答える" }).click();
  await expect(survey).toContainText("アンケートに答えていただき、ありがとうございました。");
  await expectAccessible(parent.page);
  const [feedback] = await db.select().from(careFeedback).where(eq(careFeedback.requestId, requestId));
  expect(feedback).toMatchObject({ firstTime: true, wouldUseAgain: true });
});
