import type { Browser, Page } from "@playwright/test";
import { expectAccessible } from "../fixtures";
import { e2eSettings } from "../settings";
import { signInContext } from "../support/session";

export const widths = [390, 1280] as const;

/** Where the tours write their pictures (git-ignored). */
export const SHOTS_DIR = process.env.SHOTS_DIR ?? "screenshots";

type Who = { id: string; email: string; name?: string | null };

/**
 * Full-page screenshots of one page at phone and desktop width, in Japanese and English, each in a
 * fresh browser context: signed in as `as` (or from `storageState`), checked with axe when `accessible`.
 */
export async function capture(
  browser: Browser,
  name: string,
  open: (page: Page) => Promise<void>,
  {
    locales = ["ja", "en"] as const,
    storageState,
    as,
    accessible = false,
  }: { locales?: readonly ("ja" | "en")[]; storageState?: string; as?: Who | null; accessible?: boolean } = {},
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
      if (as) await signInContext(context, as);
      const page = await context.newPage();
      await open(page);
      if (accessible) await expectAccessible(page);
      await page.screenshot({ path: `${SHOTS_DIR}/${name}-${locale}-${width}.png`, fullPage: true });
      await context.close();
    }
  }
}

/**
 * A tour's page as one member sees it: `prefix-name-locale-width.png`, checked with axe; `ready`
 * waits for what the picture is meant to show.
 */
export function tour(browser: Browser, prefix: string) {
  return (as: Who | null, name: string, path: string, ready?: (p: Page) => Promise<void>) =>
    capture(
      browser,
      `${prefix}-${name}`,
      async (p) => {
        await p.goto(path);
        await ready?.(p);
      },
      { as, accessible: true },
    );
}
