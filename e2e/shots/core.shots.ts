import { test } from "../fixtures";
import { SignInPage } from "../pages/sign-in";
import { signInAs } from "../support/session";
import { capture } from "./capture";

test("core pages", async ({ browser, db }) => {
  test.setTimeout(180_000);
  await capture(browser, "landing", (p) => p.goto("/").then(() => undefined));
  await capture(browser, "signin", (p) => p.goto("/signin").then(() => undefined));

  // A member who has just signed up, for onboarding (with errors) …
  const page = await browser.newPage();
  await new SignInPage(page).signInByEmail(db, `shots.${Date.now()}@example.com`);
  await page.context().storageState({ path: "test-results/new-member.json" });
  await capture(
    browser,
    "onboarding",
    async (p) => {
      await p.goto("/onboarding");
      await p.locator("button[type=submit]").last().click();
      await p.locator("#displayName-error").waitFor();
    },
    { storageState: "test-results/new-member.json" },
  );
  // … and a registered one, for home.
  const memberPage = await browser.newPage();
  await signInAs(memberPage, db, "watanabe.yumi@example.com");
  await memberPage.context().storageState({ path: "test-results/member.json" });
  await capture(browser, "home", (p) => p.goto("/home").then(() => undefined), { storageState: "test-results/member.json" });
  await capture(browser, "profile", (p) => p.goto("/profile").then(() => undefined), {
    storageState: "test-results/member.json",
    locales: ["ja"],
  });
});
