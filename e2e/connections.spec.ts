import { and, count, eq } from "drizzle-orm";
import { areConnected } from "@/db/queries/connections";
import { digitAttempts } from "@/db/schema";
import { expect, expectAccessible, test } from "./fixtures";
import { ConnectionsPage, DigitsPage, liveLinkOf, memberOnNewPage, requestPathOf } from "./pages/connections";
import { callAction } from "./server-actions";

const ACTIONS = "app/(member)/connections/actions.ts";
const EXPIRED = "このQRコードは期限切れです。相手の画面のQRコードをもう一度読み取ってください。";

test("A opens B's personal link: the plain link and an expired code connect no one; the live QR code and a tap connect them in person, already met", async ({
  browser,
  db,
}) => {
  const a = await memberOnNewPage(browser, db, "青木 明", "あおき あきら");
  const b = await memberOnNewPage(browser, db, "馬場 文", "ばば あや");
  const bList = new ConnectionsPage(b.page);
  // B's screen renews its code every minute without reloading: the page's timers are fast-forwarded.
  await b.page.clock.install();
  await bList.open();
  await expect(bList.qrCode()).toBeVisible();
  await expect(b.page.getByText("QRコードは1分ごとに新しくなり")).toBeVisible();
  await expectAccessible(b.page);
  const link = await bList.personalLink();
  expect(link).toMatch(/\/c\/[\w-]{20,}$/);
  const token = link.split("/c/")[1]!;
  expect(await bList.liveQrUrl()).toMatch(new RegExp(`^${link}\\?p=[\\w-]{16}$`));
  const renewed = b.page.waitForResponse((r) => r.url().endsWith("/api/connections/presence-code") && r.ok());
  await b.page.clock.fastForward("01:05");
  expect(((await (await renewed).json()) as { url: string }).url).toMatch(new RegExp(`^${link}\\?p=[\\w-]{16}$`));
  // The code is only ever the caller's own, and only for a signed-in member.
  await new ConnectionsPage(a.page).open();
  const aOwn = (await (await a.page.request.get("/api/connections/presence-code")).json()) as { url: string };
  expect(aOwn.url).toMatch(/\/c\/[\w-]{20,}\?p=/);
  expect(aOwn.url).not.toContain(token);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get("/api/connections/presence-code")).status()).toBe(401);
  await anonymous.close();

  await b.page.goto(await liveLinkOf(db, b.member.id));
  await expect(b.page.getByRole("heading", { level: 1 })).toHaveText("これはあなたのQRコードです");

  // The plain link, sent at a distance, connects no one: it offers the digits handshake instead.
  await a.page.goto(link);
  await expect(a.page.getByRole("heading", { level: 1 })).toHaveText("馬場 文さんのリンク");
  await expect(a.page.getByRole("button", { name: "シェア友を申請する" })).toBeVisible();
  await expect(a.page.getByRole("button", { name: "つながる" })).toHaveCount(0);
  await expectAccessible(a.page);
  expect(await areConnected(db, a.member.id, b.member.id)).toBe(false);

  // A code from three minutes ago (a screenshot, a forwarded message) is refused, on the page and by the action.
  const screenshot = await liveLinkOf(db, b.member.id, new Date(Date.now() - 3 * 60_000));
  await a.page.goto(screenshot);
  await expect(a.page.getByRole("alert").filter({ hasText: EXPIRED })).toHaveText(EXPIRED);
  await expect(a.page.getByRole("button", { name: "つながる" })).toHaveCount(0);
  await expectAccessible(a.page);
  const p = new URL(screenshot, "http://x").searchParams.get("p")!;
  const forced = await callAction(a.page, ACTIONS, "connectInPersonAction", { token, p }, `/c/${token}`);
  expect(forced.result).toMatchObject({ ok: false, error: EXPIRED });
  const plain = await callAction(a.page, ACTIONS, "connectInPersonAction", { token }, `/c/${token}`);
  expect(plain.result).toMatchObject({ ok: false, error: EXPIRED });
  expect(await areConnected(db, a.member.id, b.member.id)).toBe(false);

  // Together: A scans the live QR code on B's screen. Opening it connects no one; the tap does.
  await bList.open();
  const live = await bList.liveQrUrl();
  await a.page.goto(live);
  await expect(a.page.getByRole("heading", { level: 1 })).toHaveText("馬場 文さんとシェア友になりますか?");
  await expectAccessible(a.page);
  expect(await areConnected(db, a.member.id, b.member.id)).toBe(false);
  await a.page.getByRole("button", { name: "つながる" }).click();
  await expect(a.page.getByRole("heading", { level: 1 })).toHaveText("シェア友になりました");
  await expect(a.page.getByRole("status")).toContainText("馬場 文さんとシェア友になりました");
  await expectAccessible(a.page);

  const aList = new ConnectionsPage(a.page);
  await aList.open();
  await expect(aList.entryFor("馬場 文")).toContainText("直接会ってつながりました");
  await expect(aList.entryFor("馬場 文")).toContainText("顔合わせ済み");
  await bList.open();
  await expect(bList.entryFor("青木 明")).toContainText("直接会ってつながりました");

  // A leaked link is revoked by rotating it.
  await b.page.getByRole("button", { name: "QRコードとリンクを作り直す" }).click();
  await expect(b.page.getByText("新しいQRコードとリンクを作りました。")).toBeVisible();
  await expect.poll(() => bList.personalLink()).not.toBe(link);
  const stale = await a.page.goto(link);
  expect(stale?.status()).toBe(404);
  expect((await a.page.goto(live))?.status()).toBe(404);

  // Either side may end the connection, after saying so twice.
  await a.page.goto(`/members/${b.member.id}`);
  await a.page.getByRole("button", { name: "シェア友をやめる" }).click();
  await a.page.getByRole("button", { name: "やめておく" }).click();
  await expect(a.page.getByRole("button", { name: "シェア友をやめる" })).toBeFocused();
  await a.page.getByRole("button", { name: "シェア友をやめる" }).click();
  await expect(a.page.getByText("馬場 文さんとのシェア友をやめますか?")).toBeVisible();
  await a.page.getByRole("button", { name: "シェア友をやめる" }).click();
  await expect(a.page).toHaveURL(/\/connections$/);
  await expect(aList.entryFor("馬場 文")).toHaveCount(0);
  await bList.open();
  await expect(bList.entryFor("青木 明")).toHaveCount(0);
});

test("C and D connect at a distance by each entering the other's digits, then both confirm they have met", async ({ browser, db }) => {
  const c = await memberOnNewPage(browser, db, "千葉 千春", "ちば ちはる", { phone: "+817011112468" });
  const d = await memberOnNewPage(browser, db, "土井 大地", "どい だいち", { phone: "+818022221357" });

  const cList = new ConnectionsPage(c.page);
  await cList.open();
  await cList.search("ドイ ダイチ");
  await expect(cList.searchResults()).toHaveCount(1);
  await expect(cList.searchResults().first()).toContainText("土井 大地");
  await expect(cList.searchResults().first()).not.toContainText("1357");
  await expectAccessible(c.page);
  await cList.searchResults().first().getByRole("button", { name: "シェア友を申請する" }).click();
  const requestPath = await requestPathOf(c.page);
  await expectAccessible(c.page);

  const cDigits = new DigitsPage(c.page);
  await cDigits.enter("2468");
  await expect(cDigits.fieldError()).toHaveText("番号が一致しませんでした。あと4回まちがえると、24時間確認できなくなります。");
  await expect(cDigits.field()).toHaveValue("2468");
  await expectAccessible(c.page);
  await cDigits.enter("1357");
  await expect(c.page.getByText("あなたの確認は終わりました。")).toBeVisible();

  const dList = new ConnectionsPage(d.page);
  await dList.open();
  const incoming = d.page.getByRole("region", { name: "確認待ちの申請" });
  await expect(incoming).toContainText("千葉 千春さんから申請が届いています");
  await incoming.getByRole("link", { name: "番号を確認する" }).click();
  await expect(d.page).toHaveURL(new RegExp(`${requestPath}$`));
  await new DigitsPage(d.page).enter("２４６８");
  await expect(d.page.getByText("千葉 千春さんとシェア友になりました。")).toBeVisible();

  await dList.open();
  await expect(dList.entryFor("千葉 千春")).toContainText("電話番号の確認でつながりました");
  await expect(dList.entryFor("千葉 千春")).toContainText("顔合わせはまだです");

  // 事前の顔合わせ: C confirms, then D.
  await c.page.goto(`/members/${d.member.id}`);
  await expect(c.page.getByRole("heading", { level: 1 })).toHaveText("土井 大地");
  await c.page.getByRole("button", { name: "会ったことがあると確認する" }).click();
  await expect(c.page.getByText("あなたは確認済みです。土井 大地さんの確認を待っています。")).toBeVisible();
  await expectAccessible(c.page);
  await d.page.goto(`/members/${c.member.id}`);
  await d.page.getByRole("button", { name: "会ったことがあると確認する" }).click();
  // The hint before confirming also says 「顔合わせ済み」, and the button is renamed while the action runs: wait for
  // D's own "not met yet" tag to go, which happens only once the confirmation is stored, before C looks.
  await expect(d.page.getByRole("region", { name: "シェア友" })).not.toContainText("顔合わせはまだです");
  await expect(d.page.getByRole("region", { name: "シェア友" })).toContainText("顔合わせ済み");
  await cList.open();
  await expect(cList.entryFor("土井 大地")).toContainText("顔合わせ済み");
});

test("E is locked out after five wrong tries, and a sixth from two tabs at once is refused", async ({ browser, db }) => {
  const e = await memberOnNewPage(browser, db, "江口 恵", "えぐち めぐみ");
  const f = await memberOnNewPage(browser, db, "福田 文香", "ふくだ ふみか", { phone: "+819033339876" });
  await e.page.goto(`/members/${f.member.id}`);
  await e.page.getByRole("button", { name: "シェア友を申請する" }).click();
  const requestPath = await requestPathOf(e.page);
  const requestId = requestPath.split("/").pop()!;
  const digits = new DigitsPage(e.page);
  for (const left of [4, 3, 2]) {
    await digits.enter("0000");
    await expect(digits.fieldError()).toContainText(`あと${left}回`);
  }
  await digits.enter("0000");
  await expect(digits.fieldError()).toContainText("あと1回");

  // The fifth and a sixth try, from two tabs at the same moment.
  const tab2 = await e.page.context().newPage();
  await tab2.goto(requestPath);
  const second = new DigitsPage(tab2);
  await second.field().fill("1111");
  await digits.field().fill("2222");
  await Promise.all([
    e.page.getByRole("button", { name: "確認する", exact: true }).click(),
    tab2.getByRole("button", { name: "確認する", exact: true }).click(),
  ]);
  for (const tab of [e.page, tab2]) {
    await expect(new DigitsPage(tab).lockedMessage()).toContainText("福田 文香さんとの番号の確認はできません");
    await expect(new DigitsPage(tab).field()).toHaveCount(0);
  }
  await expect(digits.lockedMessage()).toContainText(/\d{4}年\d{1,2}月\d{1,2}日.+\d{1,2}:\d{2}まで/);
  await expectAccessible(e.page);

  // Even the right digits, sent straight to the action, are refused; nothing more is evaluated.
  const direct = await callAction(e.page, ACTIONS, "verifyDigitsAction", { requestId, digits: "9876" }, requestPath);
  expect(direct.result).toMatchObject({ ok: false, error: expect.stringContaining("この方との番号の確認はできません") });
  const [tries] = await db
    .select({ n: count() })
    .from(digitAttempts)
    .where(and(eq(digitAttempts.attemptedBy, e.member.id), eq(digitAttempts.correct, false)));
  expect(tries?.n).toBe(5);
  const [right] = await db
    .select({ n: count() })
    .from(digitAttempts)
    .where(and(eq(digitAttempts.attemptedBy, e.member.id), eq(digitAttempts.correct, true)));
  expect(right?.n).toBe(0);
  // The other side of the pair is locked too, with the same plain message.
  await f.page.goto(requestPath);
  await expect(new DigitsPage(f.page).lockedMessage()).toContainText("江口 恵さんとの番号の確認はできません");
});
