import type { Browser, Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { meetups } from "@/db/schema";
import { expectAccessible, test } from "./fixtures";
import { e2eSettings } from "./settings";
import { signInContext, userByEmail } from "./support/session";

// The meetup pages at a phone's width and a desktop's, in Japanese and English, each checked with axe.
const WIDTHS = [390, 1280] as const;
const DIR = process.env.SHOTS_DIR ?? "screenshots";

async function shoot(browser: Browser, name: string, open: (p: Page) => Promise<void>, as: { id: string; email: string } | null) {
  for (const locale of ["ja", "en"] as const) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 844 }, locale: locale === "ja" ? "ja-JP" : "en-GB" });
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: e2eSettings().baseURL }]);
      if (as) await signInContext(context, as);
      const page = await context.newPage();
      await open(page);
      await expectAccessible(page);
      await page.screenshot({ path: `${DIR}/meetups-${name}-${locale}-${width}.png`, fullPage: true });
      await context.close();
    }
  }
}

test("meetup pages at 390 and 1280 px, Japanese and English", async ({ browser, db }) => {
  test.setTimeout(300_000);
  const organiser = await userByEmail(db, "watanabe.yumi@example.com");
  const waiting = await userByEmail(db, "kato.daisuke@example.com");
  const [reading] = await db
    .select()
    .from(meetups)
    .where(and(eq(meetups.organiserId, organiser.id), eq(meetups.title, "絵本の読み聞かせと手遊び")));
  const detail = `/meetups/${reading!.id}`;
  const go = (path: string) => async (p: Page) => {
    await p.goto(path);
  };
  await shoot(browser, "list-signed-out", go("/meetups"), null);
  await shoot(browser, "detail-signed-out", go(detail), null);
  await shoot(browser, "detail-waitlisted", go(detail), waiting);
  await shoot(browser, "detail-organiser", go(detail), organiser);
  await shoot(
    browser,
    "new-errors",
    async (p) => {
      await p.goto("/meetups/new");
      await p.locator("button[type=submit]").last().click();
      await p.locator("#title-error").waitFor();
    },
    organiser,
  );
  await shoot(browser, "edit", go(`${detail}/edit`), organiser);
  await shoot(browser, "home", go("/home"), waiting);
});
