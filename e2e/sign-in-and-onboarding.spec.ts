import { eq } from "drizzle-orm";
import { mailOutbox, members, users } from "@/db/schema";
import { expect, expectAccessible, latestSignInLink, test } from "./fixtures";
import { OnboardingPage } from "./pages/onboarding";
import { SignInPage } from "./pages/sign-in";

test("a new member signs in by email, registers, switches language, signs out and back in", async ({ page, db }) => {
  const email = `new.member.${Date.now()}@example.com`;
  const signIn = new SignInPage(page);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("子育てを頼りあう");
  await expectAccessible(page);

  await signIn.open();
  await expectAccessible(page);
  await signIn.requestLink(email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("メールを確認してください");
  await expectAccessible(page);

  await signIn.signInByEmail(db, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("プロフィールの登録");
  await expectAccessible(page);

  const onboarding = new OnboardingPage(page);
  await onboarding.fill({
    displayName: "青木 春菜",
    nameKana: "あおき はるな",
    municipality: "奈良県 みどり市",
    district: "桜台",
    birthDate: "1990-05-15",
    phone: "０８０－９８７６－５４３２",
    acceptTerms: true,
  });
  await onboarding.submit();
  // The next step is the code texted to the number (e2e/phone.spec.ts follows it through).
  await expect(page).toHaveURL(/\/profile\/phone$/);
  await expect(page.getByRole("heading", { name: "SMSで届いたコードを入力" })).toBeVisible();
  await page.goto("/home");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("青木 春菜さん、こんにちは");
  await expect(page.getByText("みどり市 桜台")).toBeVisible();
  await expectAccessible(page);

  const [row] = await db
    .select({ phone: members.phone, caps: members.capabilities })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(users.email, email));
  expect(row).toEqual({ phone: "+818098765432", caps: ["parent", "supporter"] });

  await page.getByRole("button", { name: "Englishに切り替える" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, 青木 春菜");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Profile" }).click();
  await expect(page.getByText("080-9876-5432")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  // Signing in again goes straight home, in the language chosen before.
  await signIn.open();
  await page.getByRole("textbox", { name: "Email address" }).fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  await page.goto(await latestSignInLink(db, email));
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, 青木 春菜");
});

test("the sign-in mail is written in the language the member was using", async ({ page, db }) => {
  const email = `english.${Date.now()}@example.com`;
  await page.goto("/signin");
  await page.getByRole("button", { name: "Englishに切り替える" }).click();
  await page.getByRole("textbox", { name: "Email address" }).fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
  expect(mail?.subject).toBe("[Otagai] Your sign-in link");
});

test("an unknown email address gets a translated error and no mail", async ({ page, db }) => {
  await page.goto("/signin");
  await page.getByRole("textbox", { name: "メールアドレス" }).fill("not-an-address");
  await page.getByRole("button", { name: "ログインリンクを送る" }).click();
  await expect(page.getByText("メールアドレスの形式が正しくありません。")).toBeVisible();
  expect(await db.select().from(mailOutbox).where(eq(mailOutbox.to, "not-an-address"))).toHaveLength(0);
});
