import { eq } from "drizzle-orm";
import { members, users } from "@/db/schema";
import { demoPhone } from "@/db/seed/data";
import { expect, expectAccessible, test } from "./fixtures";
import { OnboardingPage } from "./pages/onboarding";
import { SignInPage } from "./pages/sign-in";
import { signInAs } from "./support/session";

test("bad onboarding input shows translated errors beside each field and saves nothing", async ({ page, db }) => {
  const email = `typo.${Date.now()}@example.com`;
  await new SignInPage(page).signInByEmail(db, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  const form = new OnboardingPage(page);

  // Everything wrong at once.
  await form.fill({ displayName: "", nameKana: "Aoki", birthDate: "2030-01-01", phone: "12-34" });
  await form.submit();
  await expect(page.getByText("入力内容を確認してください。")).toBeVisible();
  await expect(form.errorOf("displayName")).toHaveText("入力してください。");
  await expect(form.errorOf("nameKana")).toHaveText("ひらがなかカタカナで入力してください。");
  await expect(form.errorOf("municipalityId")).toHaveText("選んでください。");
  await expect(form.errorOf("districtId")).toHaveText("選んでください。");
  await expect(form.errorOf("birthDate")).toHaveText("未来の日付は入力できません。");
  await expect(form.errorOf("phone")).toHaveText("日本の電話番号を入力してください(例: 090-1234-5678)。");
  await expect(form.errorOf("acceptTerms")).toHaveText("同意いただく必要があります。");
  await expect(form.field(/^お名前/)).toHaveAttribute("aria-invalid", "true");
  // What was typed is still there to correct.
  await expect(form.field(/^ふりがな/)).toHaveValue("Aoki");
  await expectAccessible(page);

  // Under 18 (with a phone number another member verified: onboarding says nothing about it).
  await form.fill({
    displayName: "青木 春菜",
    nameKana: "あおき はるな",
    municipality: "奈良県 みどり市",
    district: "緑が丘",
    birthDate: "2015-04-01",
    phone: "090-0000-0001",
    acceptTerms: true,
  });
  await form.submit();
  await expect(form.errorOf("birthDate")).toHaveText("おたがいは18歳以上の方がご利用いただけます。");
  expect(demoPhone(0)).toBe("+819000000001");
  await expect(form.errorOf("phone")).toHaveCount(0);

  await expect(page).toHaveURL(/\/onboarding$/);
  const rows = await db.select().from(members).innerJoin(users, eq(users.id, members.userId)).where(eq(users.email, email));
  expect(rows).toHaveLength(0);
});

test("a signed-out visitor is sent to sign in, and pages a member may not see answer not found", async ({ page, db }) => {
  await page.goto("/home");
  await expect(page).toHaveURL(/\/signin$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin\?next=%2Fadmin$/);

  // A parent signs in and tries the admin page by URL.
  await new SignInPage(page).signInByEmail(db, "sato.yoko@example.com");
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("link", { name: "運営" })).toHaveCount(0);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
  await expectAccessible(page);
});

test("an admin sees the admin page in the navigation", async ({ page, db }) => {
  await signInAs(page, db, "fujita.satomi@example.com");
  await page.getByRole("link", { name: "運営" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("運営: 会員一覧");
  await expect(page.getByRole("cell", { name: /佐藤 陽子/ })).toBeVisible();
  await expectAccessible(page);
});
