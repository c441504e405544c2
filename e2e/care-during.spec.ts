import { and, eq, sql } from "drizzle-orm";
import { careDetailViews, incidents, napChecks, notifications } from "@/db/schema";
import { expect, expectAccessible, test } from "./fixtures";
import { callAction } from "./server-actions";
import { careBetweenFreshMembers, endCareHoursAgo, signedIn } from "./support/care-during-fixtures";

// "Done when 4": the children's details reach the chosen helper only, and only in the window.
const DURING = "app/(member)/requests/[id]/_during/actions.ts";
const REQUESTS = "app/(member)/requests/actions.ts";
const ADMIN = "app/(admin)/admin/incidents/actions.ts";
const NOT_FOUND = { ok: false, error: "見つかりませんでした。", fieldErrors: {} };

test("a member who was not chosen, or not asked, gets 'not found' for the request, its details and the safety actions", async ({
  browser,
  db,
}) => {
  const care = await careBetweenFreshMembers(db, { startInHours: -1 });
  const outsider = await signedIn(browser, db, care.outsider.email);
  const recipient = await signedIn(browser, db, care.recipient.email);

  for (const path of [`/requests/${care.requestId}`, `/requests/${care.requestId}/details`]) {
    const response = await outsider.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(outsider.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
  }
  await expectAccessible(outsider);
  expect((await recipient.goto(`/requests/${care.requestId}/details`))?.status()).toBe(404);
  expect((await outsider.goto("/admin/incidents"))?.status()).toBe(404);

  const path = `/requests/${care.requestId}`;
  for (const page of [outsider, recipient]) {
    const nap = await callAction(
      page,
      DURING,
      "logNapCheckAction",
      { requestId: care.requestId, childId: care.childId, state: "asleep_ok" },
      path,
    );
    expect(nap.result).toEqual(NOT_FOUND);
    const incident = {
      requestId: care.requestId,
      severity: "serious",
      seriousKind: "unconscious",
      description: "なりすまし",
      occurredAt: "2026-01-01T10:00",
    };
    expect((await callAction(page, DURING, "reportIncidentAction", incident, path)).result).toEqual(NOT_FOUND);
  }
  // The posting engineer's actions, on the matched care and on a request still asking for help.
  const open = await careBetweenFreshMembers(db, { startInHours: 3, matched: false });
  for (const requestId of [care.requestId, open.requestId]) {
    const at = `/requests/${requestId}`;
    expect((await callAction(outsider, REQUESTS, "answerRequestAction", { requestId, answer: "ok", sheetRead: "on" }, at)).result).toEqual(
      NOT_FOUND,
    );
    expect((await callAction(outsider, REQUESTS, "chooseHelperAction", { requestId, helperId: care.outsider.id }, at)).result).toEqual(
      NOT_FOUND,
    );
    expect((await callAction(outsider, REQUESTS, "withdrawRequestAction", { requestId }, at)).result).toEqual(NOT_FOUND);
  }
  expect((await outsider.goto(`/requests/${open.requestId}`))?.status()).toBe(404);
  const handled = await callAction(
    outsider,
    ADMIN,
    "markIncidentHandledAction",
    { incidentId: "00000000-0000-4000-8000-000000000000" },
    "/admin/incidents",
  );
  expect(handled.result).toEqual(NOT_FOUND);

  expect(await db.select().from(careDetailViews).where(eq(careDetailViews.requestId, care.requestId))).toEqual([]);
  expect(await db.select().from(incidents).where(eq(incidents.requestId, care.requestId))).toEqual([]);
});

test("the chosen helper sees the care details during the window, each view is logged, and access ends 24 h after the end", async ({
  browser,
  db,
}) => {
  const care = await careBetweenFreshMembers(db, { startInHours: -1 });
  const helper = await signedIn(browser, db, care.helper.email);
  const views = () =>
    db
      .select()
      .from(careDetailViews)
      .where(and(eq(careDetailViews.requestId, care.requestId), eq(careDetailViews.viewerId, care.helper.id)));

  await helper.goto(`/requests/${care.requestId}/details`);
  await expect(helper.getByRole("heading", { level: 1 })).toHaveText("お子さんの詳しい情報");
  const child = helper.getByRole("region", { name: new RegExp(care.childName) });
  await expect(child.getByText("卵(加熱したものも食べられません)")).toBeVisible();
  await expect(child.getByRole("link", { name: "緊急 連絡さんに電話する" })).toHaveAttribute("href", "tel:+819012345678");
  await expect(child.getByText("迎 えに子")).toBeVisible();
  await expect(helper.getByText("この画面を開いたことは記録され、保護者に伝わります。", { exact: false })).toBeVisible();
  await expectAccessible(helper);
  expect(await views()).toHaveLength(1);

  // 23 hours after the end the details are still there; 25 hours after, they are gone and nothing more is logged.
  await endCareHoursAgo(db, care.requestId, 23);
  expect((await helper.goto(`/requests/${care.requestId}/details`))?.status()).toBe(200);
  expect(await views()).toHaveLength(2);
  await endCareHoursAgo(db, care.requestId, 25);
  expect((await helper.goto(`/requests/${care.requestId}/details`))?.status()).toBe(404);
  expect(await views()).toHaveLength(2);

  // The parent may always look at what was shared about their own children; that is not logged.
  const parent = await signedIn(browser, db, care.parent.email);
  expect((await parent.goto(`/requests/${care.requestId}/details`))?.status()).toBe(200);
  await expect(parent.getByText("あなたが見ても記録はされません", { exact: false })).toBeVisible();
  expect(await db.select().from(careDetailViews).where(eq(careDetailViews.requestId, care.requestId))).toHaveLength(2);
});

test("during the care the helper logs nap checks against a visible countdown; the parent sees the nap log and who opened the details", async ({
  browser,
  db,
}) => {
  const care = await careBetweenFreshMembers(db, { startInHours: -0.5, childAge: 2 });
  const helper = await signedIn(browser, db, care.helper.email);
  await helper.goto(`/requests/${care.requestId}`);
  const safety = helper.getByRole("region", { name: "安全のために" });
  await expect(safety).toBeVisible();
  const card = safety.getByRole("article", { name: care.childName });
  await expect(card.getByText("10分ごとに確認")).toBeVisible();
  await expect(card.getByText("寝たら「寝ている・呼吸OK」を押すと、タイマーが始まります。")).toBeVisible();
  await expectAccessible(helper);

  await card.getByRole("button", { name: "寝ている・呼吸OK" }).click();
  await expect(card.getByRole("status")).toHaveText("記録しました。");
  await expect(card.getByRole("timer")).toContainText(/次の確認まで\s*(10:00|9:[0-5]\d)/);
  await card.getByLabel("メモ(任意)").fill("横向きだったので、あお向けに直しました");
  await card.getByRole("button", { name: "気になることがある" }).click();
  const log = safety.getByRole("region", { name: "お昼寝の記録" });
  await expect(log.getByRole("listitem")).toHaveCount(2);
  await expect(log.getByRole("listitem").first()).toContainText("横向きだったので、あお向けに直しました");
  await expect(card.getByLabel("メモ(任意)")).toHaveValue("");
  await expectAccessible(helper);

  // When the check is due, the countdown gives way to a message screen readers announce.
  await db
    .update(napChecks)
    .set({ checkedAt: sql`${napChecks.checkedAt} - interval '11 minutes'` })
    .where(eq(napChecks.requestId, care.requestId));
  await helper.reload();
  await expect(card.getByRole("status")).toContainText(`${care.childName}さんの呼吸を確認する時間です。`);
  await expect(card.getByText("確認の時間です", { exact: true })).toBeVisible();
  await expect(card.getByRole("timer")).toHaveCount(0);

  await safety.getByRole("link", { name: "お子さんの詳しい情報を見る" }).click();
  await expect(helper.getByRole("heading", { level: 1 })).toHaveText("お子さんの詳しい情報");

  const parent = await signedIn(browser, db, care.parent.email);
  await parent.goto(`/requests/${care.requestId}`);
  const parentSafety = parent.getByRole("region", { name: "安全のために" });
  await expect(parentSafety.getByRole("region", { name: "お子さんの情報を見た記録" })).toContainText(
    `${care.helper.name}さんが${care.childName}さんの情報を見ました`,
  );
  const parentLog = parentSafety.getByRole("region", { name: "お昼寝の記録" });
  await expect(parentLog.getByRole("listitem")).toHaveCount(2);
  await expect(parentLog).toContainText("気になることがある");
  await expect(parentSafety.getByRole("button", { name: "寝ている・呼吸OK" })).toHaveCount(0);
  await expectAccessible(parent);
  const parentNap = await callAction(
    parent,
    DURING,
    "logNapCheckAction",
    { requestId: care.requestId, childId: care.childId, state: "asleep_ok" },
    `/requests/${care.requestId}`,
  );
  expect(parentNap.result).toMatchObject({ ok: false, error: "お昼寝チェックは、預かりをしている方が、預かりの時間中に記録します。" });
});

test("a serious incident reported from the care page reaches the admin queue at once with the care's record", async ({ browser, db }) => {
  const care = await careBetweenFreshMembers(db, { startInHours: -1, childAge: 4 });
  const parent = await signedIn(browser, db, care.parent.email);
  await parent.goto(`/requests/${care.requestId}`);
  const safety = parent.getByRole("region", { name: "安全のために" });
  await safety.getByText("けが・事故を報告する").click();
  await expect(safety.getByRole("link", { name: "119番に電話する" })).toHaveAttribute("href", "tel:119");
  await safety.getByRole("radio", { name: /重大な事故/ }).check();
  await safety.getByRole("button", { name: "報告する" }).click();
  await expect(safety.getByRole("alert")).toHaveText("入力内容を確認してください。");
  await expect(safety.getByText("選んでください。")).toBeVisible();
  await expectAccessible(parent);
  await safety.getByRole("radio", { name: "意識がなくなった" }).check();
  const description = `公園の遊具から落ちて、少しのあいだ意識がありませんでした。${care.childName}`;
  await safety.getByLabel("何があったか").fill(description);
  await safety.getByRole("button", { name: "報告する" }).click();
  await expect(safety.getByRole("status")).toHaveText("報告しました。運営にすぐ伝わりました。");
  await expect(safety.getByRole("region", { name: "報告されたこと" })).toContainText("意識がなくなった");

  const [incident] = await db.select().from(incidents).where(eq(incidents.requestId, care.requestId));
  const alerts = await db.select().from(notifications).where(eq(notifications.kind, "safety_serious_incident"));
  expect(alerts.filter((n) => (n.data as { incidentId?: string }).incidentId === incident!.id).length).toBeGreaterThan(0);

  const admin = await signedIn(browser, db, "fujita.satomi@example.com");
  await admin.goto("/admin/incidents");
  await expectAccessible(admin);
  await admin.getByRole("link", { name: new RegExp(care.childName) }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("けが・事故の報告");
  const record = admin.getByRole("region", { name: "預かりの記録(報告した時点)" });
  await expect(record).toContainText(`${care.childName}(4歳)`);
  await expect(record).toContainText(care.parent.name);
  await expect(record).toContainText(care.helper.name);
  await expect(record).toContainText("保険の対象");
  await expect(record).not.toContainText("卵(加熱");
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "対応済みにする" }).click();
  await expect(admin.getByRole("status")).toContainText("に対応済み");
  expect((await db.select().from(incidents).where(eq(incidents.id, incident!.id)))[0]?.handledAt).not.toBeNull();
});

test("a recipient sees only what they need to know before OK; the chosen helper reads the habits during the care", async ({
  browser,
  db,
}) => {
  const care = await careBetweenFreshMembers(db, { startInHours: 5, matched: false, kind: "soge", childAge: 4 });
  const recipient = await signedIn(browser, db, care.recipient.email);
  await recipient.goto(`/requests/${care.requestId}`);
  const summary = recipient.getByRole("region", { name: "OKする前に確かめること" });
  await expect(summary).toContainText(`${care.childName}4歳`);
  await expect(summary).toContainText("アレルギーについての記入があります");
  await expect(summary).toContainText("車ではチャイルドシートが必要です(6歳未満)");
  await expect(summary.getByRole("checkbox", { name: "車で送迎するときは、チャイルドシートを用意して使います" })).toBeVisible();
  await expect(summary.getByText("運転する方ご自身の自動車保険", { exact: false })).toBeVisible();
  // Neither the pre-care sheet (habits, foods) nor health details or contacts before being chosen.
  for (const secret of [
    "ごはんが好き",
    "卵・マヨネーズ",
    "13時ごろから1時間お昼寝",
    "卵(加熱",
    "エピペン",
    "緊急 連絡",
    "迎 えに子",
    "090-1234-5678",
  ])
    await expect(recipient.getByText(secret, { exact: false })).toHaveCount(0);
  await expectAccessible(recipient);
  expect((await recipient.goto(`/requests/${care.requestId}/details`))?.status()).toBe(404);

  const during = await careBetweenFreshMembers(db, { startInHours: -1, hours: 2, kind: "soge", childAge: 4 });
  const helper = await signedIn(browser, db, during.helper.email);
  await helper.goto(`/requests/${during.requestId}/details`);
  for (const habit of ["ごはんが好き", "卵・マヨネーズ", "13時ごろから1時間お昼寝"])
    await expect(helper.getByText(habit, { exact: false })).toBeVisible();
  const notChosen = await signedIn(browser, db, during.recipient.email);
  expect((await notChosen.goto(`/requests/${during.requestId}/details`))?.status()).toBe(404);
});
