import { personalToken } from "@/db/queries/connections";
import { sendRequest } from "@/lib/connections/workflows/request-connection";
import { expect, expectAccessible, test } from "./fixtures";
import { ConnectionsPage, liveLinkOf, memberOnNewPage } from "./pages/connections";
import { callAction } from "./server-actions";

const ACTIONS = "app/(member)/connections/actions.ts";
const NOT_FOUND = { ok: false, error: "見つかりませんでした。", fieldErrors: {} };

test("a member who is not a connection gets 'not found' for a full profile and a connection list, by URL and by action", async ({
  browser,
  db,
}) => {
  const g = await memberOnNewPage(browser, db, "郷田 剛", "ごうだ つよし");
  const { member: far } = await memberOnNewPage(browser, db, "遠藤 遥", "えんどう はるか", { town: "あおば町" });
  const { member: near } = await memberOnNewPage(browser, db, "近藤 近子", "こんどう ちかこ");
  const { member: other } = await memberOnNewPage(browser, db, "他人 他子", "たにん たこ");
  // A request between two others, which G must not be able to touch.
  const theirs = await sendRequest(db, near.id, other.id, new Date());

  for (const path of [
    `/members/${far.id}`,
    `/members/${far.id}/connections`,
    `/members/${near.id}/connections`,
    `/connections/requests/${theirs}`,
    "/members/not-a-uuid",
  ]) {
    const response = await g.page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(g.page.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
  }
  await expectAccessible(g.page);

  // A neighbour who is not a connection: the name and the town, nothing more.
  await g.page.goto(`/members/${near.id}`);
  await expect(g.page.getByRole("heading", { level: 1 })).toHaveText("近藤 近子");
  await expect(g.page.getByText("みどり市", { exact: true })).toBeVisible();
  await expect(g.page.getByText("こんどう ちかこ")).toHaveCount(0);
  // No facts list at all: no district, capabilities, badges, member since or cares.
  await expect(g.page.getByRole("term")).toHaveCount(0);
  await expect(g.page.getByText(near.district)).toHaveCount(0);
  await expectAccessible(g.page);

  // Straight to the actions, without the pages.
  const call = (name: string, fields: Record<string, string>) => callAction(g.page, ACTIONS, name, fields, "/connections");
  expect((await call("confirmMetAction", { userId: near.id })).result).toEqual(NOT_FOUND);
  expect((await call("removeConnectionAction", { userId: near.id })).result).toEqual(NOT_FOUND);
  expect((await call("sendRequestAction", { userId: far.id })).result).toEqual(NOT_FOUND);
  expect((await call("blockMemberAction", { userId: far.id })).result).toEqual(NOT_FOUND);
  expect((await call("unblockMemberAction", { userId: near.id })).result).toEqual(NOT_FOUND);
  expect((await call("cancelRequestAction", { requestId: theirs })).result).toEqual(NOT_FOUND);
  expect((await call("verifyDigitsAction", { requestId: theirs, digits: "1234" })).result).toEqual(NOT_FOUND);
  expect((await call("sendRequestAction", { userId: "00000000-0000-4000-8000-000000000000" })).result).toEqual(NOT_FOUND);
});

test("blocking ends the connection, hides each from the other's search, and stops requests both ways", async ({ browser, db }) => {
  const j = await memberOnNewPage(browser, db, "城島 潤", "じょうじま じゅん");
  const k = await memberOnNewPage(browser, db, "北川 薫", "きたがわ かおる");
  await j.page.goto(await liveLinkOf(db, k.member.id));
  await j.page.getByRole("button", { name: "つながる" }).click();
  await expect(j.page.getByRole("heading", { level: 1 })).toHaveText("シェア友になりました");

  await k.page.goto(`/members/${j.member.id}`);
  await expect(k.page.getByRole("region", { name: "シェア友" })).toBeVisible();
  await k.page.getByRole("button", { name: "この人をブロックする" }).click();
  await expect(k.page.getByRole("group", { name: "城島 潤さんをブロックしますか?" })).toBeVisible();
  await expectAccessible(k.page);
  await k.page.getByRole("button", { name: "ブロックする", exact: true }).click();
  await expect(k.page).toHaveURL(/\/connections$/);
  const kList = new ConnectionsPage(k.page);
  await expect(kList.entryFor("城島 潤")).toHaveCount(0);
  await expect(k.page.getByRole("region", { name: "ブロックした人" })).toContainText("城島 潤");
  await expectAccessible(k.page);

  const jList = new ConnectionsPage(j.page);
  await jList.open();
  await expect(jList.entryFor("北川 薫")).toHaveCount(0);
  await jList.search("きたがわ");
  await expect(j.page.getByText("見つかりませんでした。お名前の一部だけでもさがせます。")).toBeVisible();
  await kList.open("じょうじま");
  await expect(k.page.getByText("見つかりませんでした。お名前の一部だけでもさがせます。")).toBeVisible();

  // The blocked member sees exactly what a stranger sees.
  expect((await j.page.goto(`/members/${k.member.id}`))?.status()).toBe(404);
  expect((await j.page.goto(`/c/${await personalToken(db, k.member.id)}`))?.status()).toBe(404);
  expect((await j.page.goto(await liveLinkOf(db, k.member.id)))?.status()).toBe(404);
  expect((await k.page.goto(`/c/${await personalToken(db, j.member.id)}`))?.status()).toBe(404);
  for (const [from, to] of [
    [j, k],
    [k, j],
  ] as const) {
    const sent = await callAction(from.page, ACTIONS, "sendRequestAction", { userId: to.member.id }, "/connections");
    expect(sent.result).toEqual(NOT_FOUND);
  }
  const blockBack = await callAction(j.page, ACTIONS, "blockMemberAction", { userId: k.member.id }, "/connections");
  expect(blockBack.result).toEqual(NOT_FOUND);
});
