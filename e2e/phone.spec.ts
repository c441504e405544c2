import { randomInt } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { members, smsOutbox, users } from "@/db/schema";
import { expect, expectAccessible, test } from "./fixtures";
import { memberOnNewPage } from "./pages/connections";
import { OnboardingPage } from "./pages/onboarding";
import { SignInPage } from "./pages/sign-in";

// Phone verification end to end: the code goes out through the app's real SMS path (an HTTP call
// to a Twilio-compatible API, here the local stand-in e2e/server.ts starts) and is read back from
// what the stand-in received.

/** The newest text message the SMS provider received for a number. */
async function lastText(db: Parameters<Parameters<typeof test>[2]>[0]["db"], to: string) {
  await expect.poll(async () => (await db.select().from(smsOutbox).where(eq(smsOutbox.to, to))).length).toBeGreaterThan(0);
  const [row] = await db.select().from(smsOutbox).where(eq(smsOutbox.to, to)).orderBy(desc(smsOutbox.createdAt)).limit(1);
  return row!.body;
}

test("a new member onboards, receives the code by SMS, enters it and is verified", async ({ page, db }) => {
  const email = `sms.${Date.now()}@example.com`;
  const digits = String(randomInt(0, 100_000_000)).padStart(8, "0");
  const e164 = `+8170${digits}`;
  await new SignInPage(page).signInByEmail(db, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  const onboarding = new OnboardingPage(page);
  await onboarding.fill({
    displayName: "森 花子",
    nameKana: "もり はなこ",
    municipality: "奈良県 みどり市",
    district: "桜台",
    birthDate: "1948-03-03",
    phone: `070-${digits.slice(0, 4)}-${digits.slice(4)}`,
    acceptTerms: true,
  });
  await onboarding.submit();

  await expect(page).toHaveURL(/\/profile\/phone$/);
  await expect(page.getByRole("heading", { name: "SMSで届いたコードを入力" })).toBeVisible();
  await expect(page.getByText(`070-${digits.slice(0, 4)}-${digits.slice(4)} にSMSで6桁のコードを送りました。`)).toBeVisible();
  await expect(page.getByText("未確認", { exact: true })).toBeVisible();
  // "Send again" waits a little, and says how long.
  await expect(page.getByRole("button", { name: /あと\d+秒で再送できます/ })).toBeDisabled();
  await expectAccessible(page);

  const body = await lastText(db, e164);
  expect(body).toMatch(/^おたがいの確認コード: \d{6}\(10分間有効\)。/);
  const code = body.match(/\d{6}/)![0];

  // A wrong code first: told how many tries are left, nothing verified.
  const field = page.getByLabel("確認コード(6桁)");
  await field.fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "確認する" }).click();
  await expect(page.locator("#code-error")).toHaveText("コードがちがいます。あと4回入力できます。");
  await expectAccessible(page);

  // Then the right one, typed on a Japanese keyboard.
  await field.fill(code.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
  await page.getByRole("button", { name: "確認する" }).click();
  await expect(page.getByRole("status")).toHaveText("電話番号を確認しました。ありがとうございます。");
  await expect(page.getByText("確認済み", { exact: true })).toBeVisible();
  await expectAccessible(page);

  const [row] = await db
    .select({ phone: members.phone, verifiedAt: members.phoneVerifiedAt })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(users.email, email));
  expect(row!.phone).toBe(e164);
  expect(row!.verifiedAt).not.toBeNull();

  // Home no longer asks for it.
  await page.goto("/home");
  await expect(page.getByRole("heading", { name: "電話番号の確認がまだです" })).toHaveCount(0);
});

test("the digits handshake refuses a member whose phone is not verified, and says what to do", async ({ browser, db }) => {
  const a = await memberOnNewPage(browser, db, "未確 一郎", "みかく いちろう", { phoneVerified: false });
  const b = await memberOnNewPage(browser, db, "既確 二郎", "きかく じろう");

  await a.page.goto("/home");
  await expect(a.page.getByRole("heading", { name: "電話番号の確認がまだです" })).toBeVisible();
  await a.page.goto(`/members/${b.member.id}`);
  await a.page.getByRole("button", { name: "シェア友を申請する" }).click();
  await expect(a.page.getByRole("alert").filter({ hasText: /./ })).toHaveText(
    "先にご自分の電話番号をSMSで確認してください(プロフィールの「電話番号」から)。",
  );
  await expectAccessible(a.page);

  // The other way round: the verified member is told the other has not verified yet.
  await b.page.goto(`/members/${a.member.id}`);
  await b.page.getByRole("button", { name: "シェア友を申請する" }).click();
  await expect(b.page.getByRole("alert").filter({ hasText: /./ })).toHaveText(
    "相手の方の電話番号の確認がまだ済んでいません。確認が済んでから、もう一度お試しください。",
  );
  for (const p of [a.page, b.page]) await p.context().close();
});
