import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { members } from "@/db/schema";
import { sendRequest } from "@/lib/connections/workflows/request-connection";
import { expectAccessible, test } from "./fixtures";
import { memberOnNewPage } from "./pages/connections";
import { e2eSettings } from "./settings";
import { SHOTS_DIR, widths } from "./shots/capture";

// The phone verification pages at a phone's width and a desktop's, in Japanese and English, for
// people to look at (SHOTS_DIR, default screenshots/, is git-ignored).

test("phone verification pages at 390 and 1280 px, Japanese and English", async ({ browser, db }) => {
  test.setTimeout(240_000);
  // A member who onboarded and was texted a code; one with no number (its owner verified it).
  const waiting = await memberOnNewPage(browser, db, "撮影 電話", "さつえい でんわ", { phoneVerified: false });
  const verified = await memberOnNewPage(browser, db, "撮影 確認", "さつえい かくにん");
  const partner = await memberOnNewPage(browser, db, "撮影 相手", "さつえい あいて");
  const requestId = await sendRequest(db, verified.member.id, partner.member.id, new Date());
  // The partner has since changed their number: the request page says so instead of asking for digits.
  await db.update(members).set({ phoneVerifiedAt: null }).where(eq(members.userId, partner.member.id));
  await waiting.page.goto("/profile/phone");
  await waiting.page.getByRole("button", { name: "SMSでコードを送る" }).click();
  await waiting.page.getByRole("heading", { name: "SMSで届いたコードを入力" }).waitFor();

  for (const locale of ["ja", "en"] as const) {
    for (const p of [waiting.page, verified.page]) {
      await p.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: e2eSettings().baseURL }]);
    }
    for (const width of widths) {
      const shot = async (p: Page, name: string) => {
        await p.setViewportSize({ width, height: 900 });
        await expectAccessible(p);
        await p.screenshot({ path: `${SHOTS_DIR}/phone-${name}-${locale}-${width}.png`, fullPage: true });
      };
      await waiting.page.goto("/profile/phone");
      await shot(waiting.page, "enter-code");
      await waiting.page.getByLabel(locale === "ja" ? "確認コード(6桁)" : "Code (6 digits)").fill("12");
      await waiting.page.getByRole("button", { name: locale === "ja" ? "確認する" : "Verify", exact: true }).click();
      await waiting.page.locator("#code-error").waitFor();
      await shot(waiting.page, "code-error");
      await waiting.page.goto("/home");
      await shot(waiting.page, "home-banner");
      await verified.page.goto("/profile/phone");
      await shot(verified.page, "verified");
      await verified.page.goto("/profile");
      await shot(verified.page, "profile");
      await verified.page.goto(`/connections/requests/${requestId}`);
      await shot(verified.page, "request");
    }
  }
  for (const p of [waiting.page, verified.page, partner.page]) await p.context().close();
});
