import { expect, expectAccessible, test } from "./fixtures";
import { memberOnNewPage, requestPathOf } from "./pages/connections";
import { GroupsPage } from "./pages/groups";

test("a member creates a group, others join by the invitation link, see each other's names and ask to connect", async ({ browser, db }) => {
  const owner = await memberOnNewPage(browser, db, "森山 園子", "もりやま そのこ");
  const parent = await memberOnNewPage(browser, db, "川口 陸", "かわぐち りく", { town: "あおば町" });
  const name = `みどり保育園 すみれ組 ${Date.now()}`;

  await owner.page.goto("/groups");
  await expectAccessible(owner.page);
  const groups = new GroupsPage(owner.page);
  await groups.create(name, "保育園");
  await expect(owner.page.getByRole("heading", { level: 1 })).toHaveText(name);
  const invite = await groups.inviteLink();
  await expectAccessible(owner.page);

  await parent.page.goto(invite);
  await expect(parent.page.getByRole("heading", { level: 1 })).toHaveText(`「${name}」に参加しますか?`);
  await expectAccessible(parent.page);
  await parent.page.getByRole("button", { name: "参加する" }).click();
  await expect(parent.page.getByRole("heading", { level: 1 })).toHaveText(name);
  const parentView = new GroupsPage(parent.page);
  await expect(parentView.members()).toHaveCount(2);
  await expect(parentView.members().filter({ hasText: "森山 園子" })).toContainText("代表");

  // A group mate from another town can be found and asked, but the digits are still needed.
  await parent.page.getByRole("link", { name: "森山 園子" }).click();
  await expect(parent.page.getByRole("heading", { level: 1 })).toHaveText("森山 園子");
  await parent.page.getByRole("button", { name: "シェア友を申請する" }).click();
  await requestPathOf(parent.page);

  // The owner makes a new invitation: the old one stops working.
  await owner.page.reload();
  await owner.page.getByRole("button", { name: "招待リンクを作り直す" }).click();
  await expect.poll(() => groups.inviteLink()).not.toBe(invite);
  const late = await memberOnNewPage(browser, db, "遅刻 遅子", "ちこく おそこ");
  expect((await late.page.goto(invite))?.status()).toBe(404);

  await parent.page.goto("/groups");
  await parent.page.getByRole("link", { name }).click();
  await parent.page.getByRole("button", { name: "グループを抜ける" }).click();
  await parent.page.getByRole("button", { name: "抜ける", exact: true }).click();
  await expect(parent.page).toHaveURL(/\/groups$/);
  await expect(parent.page.getByText("まだグループに入っていません。")).toBeVisible();
  await owner.page.reload();
  await expect(groups.members()).toHaveCount(1);
});
