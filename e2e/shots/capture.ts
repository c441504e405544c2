import type { Browser, Page } from "@playwright/test";
import { e2eSettings } from "../settings";

export const widths = [390, 1280] as const;

/** Full-page screenshots of one page at phone and desktop width, in Japanese and English. */
export async function capture(
  browser: Browser,
  name: string,
  open: (page: Page) => Promise<void>,
  { locales = ["ja", "en"] as const, storageState }: { locales?: readonly ("ja" | "en")[]; storageState?: string } = {},
) {
  for (const locale of locales) {
    for (const width of widths) {
      const context = await browser.newContext({
        viewport: { width, height: 844 },
        storageState,
        locale: locale === "ja" ? "ja-JP" : "en-GB",
        timezoneId: "Asia/Tokyo",
      });
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: e2eSettings().baseURL }]);
      const page = await context.newPage();
      await open(page);
      await page.screenshot({ path: `screenshots/${name}-${locale}-${width}.png`, fullPage: true });
      await context.close();
    }
  }
}
