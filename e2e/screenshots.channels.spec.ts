import { newMember } from "@/test/members";
import { expectAccessible, test } from "./fixtures";
import { e2eSettings } from "./settings";
import { SHOTS_DIR, tour } from "./shots/capture";
import { signInContext } from "./support/session";

// The notifications settings page (this device's push; LINE only where configured, which the e2e
// server is not) and the offline page, at 390 and 1280 px, Japanese and English, checked with axe.

test("notification settings and the offline page at 390 and 1280 px, Japanese and English", async ({ browser, db }) => {
  test.setTimeout(180_000);
  const shot = tour(browser, "channels");
  const member = await newMember(db, { name: "撮影 通知", kana: "さつえい つうち" });
  await shot(member, "settings", "/settings/notifications", (p) =>
    p.getByRole("button", { name: /この端末で通知を受け取る|Get notifications on this device/ }).waitFor(),
  );
  await shot(member, "profile", "/profile");
  await shot(null, "offline", "/offline");
});

test("the iPhone explanation (add to the Home Screen first) at 390 px, Japanese and English", async ({ browser, db }) => {
  const member = await newMember(db, { name: "撮影 iPhone", kana: "さつえい あいふぉん" });
  const iPhone =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
  for (const locale of ["ja", "en"] as const) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, userAgent: iPhone });
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: e2eSettings().baseURL }]);
    await signInContext(context, member);
    const page = await context.newPage();
    await page.goto("/settings/notifications");
    await page
      .getByText(locale === "ja" ? "ホーム画面に追加" : "Add to Home Screen")
      .first()
      .waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS_DIR}/channels-settings-iphone-${locale}-390.png`, fullPage: true });
    await context.close();
  }
});
