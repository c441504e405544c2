import { count, eq } from "drizzle-orm";
import { digitAttempts, groupMembers } from "@/db/schema";
import { expect, expectAccessible, test } from "./fixtures";
import { ConnectionsPage, DigitsPage, memberOnNewPage, requestPathOf } from "./pages/connections";
import { callAction } from "./server-actions";

const CONNECTIONS = "app/(member)/connections/actions.ts";
const GROUPS = "app/(member)/groups/actions.ts";

test("bad input gets a translated error and changes nothing", async ({ browser, db }) => {
  const m = await memberOnNewPage(browser, db, "入江 力", "いりえ ちから");
  const { member: n } = await memberOnNewPage(browser, db, "野田 望", "のだ のぞみ");
  const tries = async () => (await db.select({ n: count() }).from(digitAttempts).where(eq(digitAttempts.attemptedBy, m.member.id)))[0]!.n;
  const groups = async () => (await db.select({ n: count() }).from(groupMembers).where(eq(groupMembers.userId, m.member.id)))[0]!.n;

  await m.page.goto(`/members/${n.id}`);
  await m.page.getByRole("button", { name: "シェア友を申請する" }).click();
  const path = await requestPathOf(m.page);
  const requestId = path.split("/").pop()!;
  const digits = new DigitsPage(m.page);
  for (const [input, message] of [
    ["", "入力してください。"],
    ["12a4", "4けたの数字を入力してください。"],
    ["123", "4けたの数字を入力してください。"],
    ["１２３４５", "4けたの数字を入力してください。"],
  ]) {
    await digits.enter(input!);
    await expect(digits.fieldError()).toHaveText(message!);
  }
  await expectAccessible(m.page);
  const huge = await callAction(m.page, CONNECTIONS, "verifyDigitsAction", { requestId, digits: "9".repeat(100_000) }, path);
  expect(huge.result).toEqual({
    ok: false,
    error: "入力内容を確認してください。",
    fieldErrors: { digits: "4けたの数字を入力してください。" },
  });
  const badId = await callAction(m.page, CONNECTIONS, "verifyDigitsAction", { requestId: "42", digits: "1234" }, path);
  // A malformed id names nothing: the same answer as an id that names nothing.
  expect(badId.result).toEqual({ ok: false, error: "見つかりませんでした。", fieldErrors: {} });
  expect(await tries()).toBe(0);

  // Groups: empty and oversized names, unknown kinds and ids.
  await m.page.goto("/groups/new");
  await m.page.getByRole("button", { name: "つくる", exact: true }).click();
  await expect(m.page.locator("#name-error")).toHaveText("入力してください。");
  await expect(m.page.locator("#kind-error")).toHaveText("選んでください。");
  await expectAccessible(m.page);
  await m.page.getByLabel(/^グループの名前/).fill("あ".repeat(61));
  await m.page.getByRole("button", { name: "つくる", exact: true }).click();
  await expect(m.page.locator("#name-error")).toHaveText("60文字以内で入力してください。");
  await expect(m.page.getByLabel(/^グループの名前/)).toHaveValue("あ".repeat(61));
  const kind = await callAction(m.page, GROUPS, "createGroupAction", { name: "会", kind: "club" }, "/groups/new");
  expect(kind.result).toMatchObject({ ok: false, fieldErrors: { kind: "選んでください。" } });
  const unknown = await callAction(m.page, GROUPS, "leaveGroupAction", { groupId: "00000000-0000-4000-8000-000000000000" }, "/groups");
  expect(unknown.result).toEqual({ ok: false, error: "見つかりませんでした。", fieldErrors: {} });
  const malformed = await callAction(m.page, GROUPS, "rotateInviteAction", { groupId: "'; drop table groups; --" }, "/groups");
  expect(malformed.result).toEqual({ ok: false, error: "見つかりませんでした。", fieldErrors: {} });
  const join = await callAction(m.page, GROUPS, "joinGroupAction", { token: "no-such-invitation" }, "/groups");
  expect(join.result).toEqual({ ok: false, error: "見つかりませんでした。", fieldErrors: {} });
  expect((await m.page.goto("/groups/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
  expect((await m.page.goto("/g/no-such-invitation"))?.status()).toBe(404);
  expect(await groups()).toBe(0);

  // Search: an oversized query is refused with the reason.
  const list = new ConnectionsPage(m.page);
  await list.open("の".repeat(41));
  await expect(m.page.locator("#q-error")).toHaveText("40文字以内で入力してください。");
  await expectAccessible(m.page);
});
