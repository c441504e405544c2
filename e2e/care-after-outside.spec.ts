import { reportCare } from "@/lib/care/workflows/report";
import { expect, expectAccessible, test } from "./fixtures";
import { AFTER_ACTIONS, AfterSection, DISPUTE_ACTIONS } from "./pages/care-after";
import { memberOnNewPage } from "./pages/connections";
import { NOT_FOUND } from "./pages/requests";
import { callAction } from "./server-actions";
import { careRow, matchedCare, reportRow, yesterday } from "./support/care-fixtures";
import { signInAs } from "./support/session";

// From the outside: server actions posted straight over HTTP, as a hostile client could.

test("only the parent and the chosen helper act after matching; others are told it does not exist, each side only does its own part", async ({
  browser,
  db,
}) => {
  const { parent, helper, other, requestId, path } = await matchedCare(browser, db, {
    ...{ startAt: yesterday().start, endAt: yesterday().end },
    withOther: true,
  });
  const stranger = await memberOnNewPage(browser, db, `外 ${Date.now() % 100000}`, "そと");
  const report = { requestId, startTime: "10:00", endTime: "11:10" };
  const call = (page: typeof parent.page, name: string, fields: Record<string, string>) =>
    callAction(page, AFTER_ACTIONS, name, fields, path);

  await other!.page.goto(path);
  await expect(other!.page.getByRole("region", { name: "終了の報告", exact: true })).toHaveCount(0);
  await expectAccessible(other!.page);
  for (const page of [other!.page, stranger.page]) {
    expect((await call(page, "reportAction", report)).result).toEqual(NOT_FOUND);
    expect((await call(page, "cancelAction", { requestId, reason: "x" })).result).toEqual(NOT_FOUND);
    expect((await call(page, "noShowAction", { requestId, reason: "x" })).result).toEqual(NOT_FOUND);
    expect((await call(page, "handOverAction", { requestId })).result).toEqual(NOT_FOUND);
    expect((await call(page, "proposeTimeAction", { requestId, date: "2030-01-01", startTime: "10:00", endTime: "11:00" })).result).toEqual(
      NOT_FOUND,
    );
    expect((await call(page, "surveyAction", { requestId, wouldUseAgain: "yes" })).result).toEqual(NOT_FOUND);
  }
  expect((await call(parent.page, "reportAction", report)).result).toMatchObject({ ok: false, error: "これは相手の方がする操作です。" });
  expect(await reportRow(db, requestId)).toBeNull();

  const bad = await call(helper.page, "reportAction", {
    ...report,
    "expenses.0.kind": "meal",
    "expenses.0.label": "x",
    "expenses.0.yen": "99999999",
  });
  expect(bad.result).toMatchObject({
    ok: false,
    error: "入力内容を確認してください。",
    fieldErrors: { "expenses.0.yen": "1件50,000円までです。" },
  });
  expect(await reportRow(db, requestId)).toBeNull();
  expect((await call(helper.page, "reportAction", report)).result).toEqual({ ok: true, data: null });
  const reportedAt = (await reportRow(db, requestId))!.reportedAt.toISOString();
  expect((await call(helper.page, "confirmAction", { requestId, reportedAt })).result).toMatchObject({
    ok: false,
    error: "これは相手の方がする操作です。",
  });
  for (const page of [other!.page, stranger.page]) {
    expect((await call(page, "confirmAction", { requestId, reportedAt })).result).toEqual(NOT_FOUND);
    expect((await call(page, "disputeAction", { requestId, reason: "違う" })).result).toEqual(NOT_FOUND);
  }
  expect((await call(parent.page, "confirmAction", { requestId, reportedAt })).result).toEqual({ ok: true, data: null });
  expect((await call(parent.page, "confirmAction", { requestId, reportedAt })).result).toMatchObject({
    ok: false,
    error: "この報告はもう確認されています。変えることはできません。",
  });
  expect((await call(helper.page, "reportAction", { ...report, endTime: "12:00" })).result).toMatchObject({
    ok: false,
    error: "この報告はもう確認されています。変えることはできません。",
  });
  expect(await reportRow(db, requestId)).toMatchObject({ parentPaysYen: 750 });

  expect(
    (await callAction(parent.page, DISPUTE_ACTIONS, "resolveDisputeAction", { requestId, outcome: "completed" }, "/admin/disputes")).result,
  ).toEqual(NOT_FOUND);
  const response = await parent.page.goto("/admin/disputes");
  expect(response?.status()).toBe(404);
});

test("a disputed report goes to the admins' queue; sent back, the helper corrects it and the parent confirms", async ({ browser, db }) => {
  const { parent, helper, requestId, path } = await matchedCare(browser, db, { startAt: yesterday().start, endAt: yesterday().end });
  await reportCare(db, { requestId, viewerId: helper.member.id, startTime: "10:00", endTime: "13:00", expenses: [], now: new Date() });
  await parent.page.goto(path);
  const parentView = new AfterSection(parent.page);
  await parentView.withReason("内容がちがうとき", /^ちがうところ/, "11時にお迎えに行きました。13時までではありません。", "運営に相談する");
  await expect(parentView.card("運営が確認しています")).toContainText("11時にお迎えに行きました。");
  await expectAccessible(parent.page);
  expect((await careRow(db, requestId)).state).toBe("disputed");

  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInAs(adminPage, db, "fujita.satomi@example.com");
  await adminPage.goto("/admin/disputes");
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText("報告への相談");
  await expectAccessible(adminPage);
  await adminPage.getByRole("link", { name: new RegExp(`確認する: ${parent.member.name}さん`) }).click();
  await expect(adminPage.locator("main")).toContainText("11時にお迎えに行きました。");
  await expect(adminPage.locator("main")).toContainText("3時間");
  await expectAccessible(adminPage);
  await adminPage.getByRole("button", { name: "報告をなおしてもらう" }).click();
  await expect(adminPage).toHaveURL(/\/admin\/disputes$/);
  await expect(adminPage.locator("main")).not.toContainText(parent.member.name);
  await admin.close();

  await helper.page.goto(path);
  const helperView = new AfterSection(helper.page);
  await helperView.unfold("報告をなおす");
  await helperView.report("10:00", "11:00");
  await expect(helperView.card("終了の報告")).toContainText("1時間");
  await parent.page.goto(path);
  await expect(parentView.card("終了の報告の確認")).toContainText("前に運営へ相談した内容");
  await parentView.confirm();
  await expect(parentView.card("お礼の明細").getByRole("row", { name: /お支払い合計/ })).toContainText("500円");
});
