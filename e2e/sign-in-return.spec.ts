import { expect, latestSignInLink, test } from "./fixtures";

test("a signed-out member who opens a member page comes back to it after signing in", async ({ page, db }) => {
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/signin\?next=%2Fprofile$/);
  await page.getByRole("textbox", { name: "メールアドレス" }).fill("kato.daisuke@example.com");
  await page.getByRole("button", { name: "ログインリンクを送る" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  await page.goto(await latestSignInLink(db, "kato.daisuke@example.com"));
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByText("加藤 大輔")).toBeVisible();
});

test("a next address pointing to another site is ignored", async ({ page, db }) => {
  await page.goto("/signin?next=https://evil.example/");
  await page.getByRole("textbox", { name: "メールアドレス" }).fill("shimizu.makoto@example.com");
  await page.getByRole("button", { name: "ログインリンクを送る" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  await page.goto(await latestSignInLink(db, "shimizu.makoto@example.com"));
  await expect(page).toHaveURL(/localhost:\d+\/home$/);
});
