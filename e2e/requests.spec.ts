import { and, count, eq } from "drizzle-orm";
import { careRequests, notifications } from "@/db/schema";
import { expect, expectAccessible, test } from "./fixtures";
import { parentWithConnections, RequestFormPage, RequestPage, tokyoDay } from "./pages/requests";

// Posting, answering and choosing in the browser, as two and three people at once.
// Each test signs several people in through their e-mail links, so they get more time.
test.describe.configure({ timeout: 240_000 });

test("a parent posts to three connections, sees the thank-you first; two say OK; the parent chooses one; the other only learns it was solved", async ({
  browser,
  db,
}) => {
  const { parent, childName, others } = await parentWithConnections(browser, db, [
    ["青木 明", "あおき あきら"],
    ["井口 泉", "いぐち いずみ"],
    ["上野 海", "うえの うみ"],
  ]);
  const [a, b, c] = others as [(typeof others)[number], (typeof others)[number], (typeof others)[number]];
  const form = new RequestFormPage(parent.page);
  await form.open();
  await expect(form.preview()).toHaveCount(0);
  await form.fill({
    child: childName,
    date: tokyoDay(3),
    start: "17:00",
    end: "18:15",
    place: "サポーターの家",
    recipients: [a.member.name, b.member.name, c.member.name],
  });
  // 1 h 15 min of one child: the first hour, then one 30-minute unit.
  await expect(form.preview()).toContainText("750円");
  await expect(form.preview()).toContainText("このお願いは保険の対象になります。");
  await expectAccessible(parent.page);
  await form.submit();
  await expect(parent.page).toHaveURL(/\/requests\/[0-9a-f-]{36}\?done=posted$/);
  const path = new URL(parent.page.url()).pathname;
  await expect(parent.page.getByRole("status")).toContainText("お願いを送りました。");
  await expectAccessible(parent.page);

  for (const [helper, message] of [
    [a, "17時からなら大丈夫です。"],
    [b, "うちでよければ。"],
  ] as const) {
    await helper.page.goto("/notifications");
    await expect(helper.page.getByRole("button", { name: new RegExp(`${parent.member.name}さんから`) })).toBeVisible();
    await expectAccessible(helper.page);
    await helper.page.getByRole("button", { name: new RegExp(`${parent.member.name}さんから`) }).click();
    await expect(helper.page).toHaveURL(new RegExp(`${path}$`));
    await expect(helper.page.getByRole("heading", { level: 1 })).toHaveText("預かりのお願い");
    await expectAccessible(helper.page);
    await new RequestPage(helper.page).sayOk(message);
    await expectAccessible(helper.page);
  }

  await parent.page.goto(path);
  const page = new RequestPage(parent.page);
  await expect(page.offers()).toContainText("17時からなら大丈夫です。");
  await expect(page.offers()).toContainText("うちでよければ。");
  await expectAccessible(parent.page);
  await page.choose(a.member.name);
  await expect(parent.page.getByRole("region", { name: "決まった相手と保険" })).toContainText(`${a.member.name}さんにお願いしました。`);
  await expect(parent.page.getByText("このお預かりは保険の対象です。")).toBeVisible();
  await expectAccessible(parent.page);

  await a.page.goto(path);
  await expect(a.page.getByText(`${parent.member.name}さんから、あなたにお願いされました。`)).toBeVisible();
  await expectAccessible(a.page);
  for (const other of [b, c]) {
    await other.page.goto(path);
    await expect(other.page.getByText("このお願いは解決しました。ありがとうございました。")).toBeVisible();
    await expect(other.page.locator("body")).not.toContainText(a.member.name);
    await expectAccessible(other.page);
    await other.page.goto("/notifications");
    await expect(other.page.getByText(/のお願いは解決しました。ありがとうございました。/)).toBeVisible();
    await expect(other.page.locator("main")).not.toContainText(a.member.name);
  }
  await b.page.goto("/requests");
  await expect(b.page.getByRole("region", { name: "あなたへのお願い" })).toContainText("解決しました");
  await expectAccessible(b.page);
});

test("bad input on the form is refused with the reason, keeps what was typed, and stores nothing", async ({ browser, db }) => {
  const { parent, childName, others } = await parentWithConnections(browser, db, [["江藤 栄", "えとう さかえ"]]);
  const before = async () => (await db.select({ n: count() }).from(careRequests).where(eq(careRequests.parentId, parent.member.id)))[0]!.n;
  const form = new RequestFormPage(parent.page);
  await form.open();
  await form.submit();
  await form.expectRefused();
  await expect(form.errorOf("children")).toHaveText("お子さんを選んでください。");
  await expect(form.errorOf("startTime")).toHaveText("入力してください。");
  await expect(form.errorOf("recipients")).toHaveText("お願いするシェア友を選んでください。");
  await expect(form.errorOf("place")).toHaveText("選んでください。");

  await form.fill({
    child: childName,
    date: tokyoDay(2),
    start: "18:00",
    end: "17:00",
    place: "わが家",
    recipients: [others[0]!.member.name],
  });
  await form.submit();
  await form.expectRefused();
  await expect(form.errorOf("endTime")).toHaveText("おわりの時間は、はじまりより後にしてください。");
  await expect(parent.page.getByRole("checkbox", { name: new RegExp(childName) })).toBeChecked();
  await expectAccessible(parent.page);

  await form.fill({ date: tokyoDay(-1), start: "09:00", end: "10:00" });
  await form.submit();
  await expect(form.errorOf("startTime")).toHaveText("はじまりの時間が過ぎています。これから先の時間を選んでください。");

  await form.fill({ kind: "送迎", date: tokyoDay(2), start: "08:00", end: "21:00" });
  await form.submit();
  await expect(form.errorOf("endTime")).toHaveText("1回のお願いは12時間までです。");
  await expect(form.errorOf("pickupPlace")).toHaveText("入力してください。");
  await expect(form.errorOf("dropoffPlace")).toHaveText("入力してください。");
  expect(await before()).toBe(0);
});

test("a helper not yet met can be asked but not chosen, with the reason; a request past its start expires by itself", async ({
  browser,
  db,
}) => {
  const { parent, childName, others } = await parentWithConnections(browser, db, [["岡 桜", "おか さくら"]], { notMet: ["岡 桜"] });
  const helper = others[0]!;
  const form = new RequestFormPage(parent.page);
  await form.open();
  await expect(parent.page.getByRole("checkbox", { name: /岡 桜/ })).toBeVisible();
  await expect(parent.page.getByText("顔合わせがまだです", { exact: true })).toBeVisible();
  await form.fill({ child: childName, date: tokyoDay(1), start: "10:00", end: "11:00", place: "サポーターの家", recipients: ["岡 桜"] });
  await form.submit();
  await expect(parent.page).toHaveURL(/done=posted/);
  const path = new URL(parent.page.url()).pathname;

  await helper.page.goto(path);
  await new RequestPage(helper.page).sayOk();
  await parent.page.goto(path);
  const offers = new RequestPage(parent.page).offers();
  await expect(offers).toContainText("はじめてお願いする前に、岡 桜さんと会ったことを、おたがいにアプリで確認してください");
  await expect(offers.getByRole("button", { name: "岡 桜さんにお願いする" })).toHaveCount(0);
  await expectAccessible(parent.page);

  // The start passes (moved into the past in the database): the list shows it expired at once;
  // the server's clock sweep, which runs every minute, stores it and tells the parent (the test
  // runs that tick itself rather than wait for it).
  const id = path.split("/").at(-1)!;
  await db
    .update(careRequests)
    .set({ startAt: new Date(Date.now() - 60_000), endAt: new Date(Date.now() + 3_600_000) })
    .where(eq(careRequests.id, id));
  await parent.page.goto("/requests");
  await expect(parent.page.getByRole("region", { name: "あなたのお願い" })).toContainText("決まりませんでした(期限切れ)");
  // Nobody clicks: the server's clock sweep stores the expiry and tells the parent.
  await expect
    .poll(async () => (await db.select().from(careRequests).where(eq(careRequests.id, id)))[0]?.state, { timeout: 15_000 })
    .toBe("expired");
  const told = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.requestId, id), eq(notifications.kind, "care_expired")));
  expect(told.map((n) => n.userId)).toEqual([parent.member.id]);
  await expectAccessible(parent.page);
});
