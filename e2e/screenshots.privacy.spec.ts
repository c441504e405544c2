import type { Page } from "@playwright/test";
import { privacyExports } from "@/db/schema";
import { createChild } from "@/lib/children/workflows/save-child";
import { keyring } from "@/lib/crypto/sealed";
import { expectAccessible, test } from "./fixtures";
import { e2eSettings } from "./settings";
import { SHOTS_DIR, widths } from "./shots/capture";
import { careBetweenFreshMembers, childWithDetails, signedIn } from "./support/care-during-fixtures";

// The export and the deletion confirmation at a phone's width and a desktop's, in Japanese and
// English, for people to look at (SHOTS_DIR, default screenshots/, is git-ignored).

test("privacy pages at 390 and 1280 px, Japanese and English", async ({ browser, db }) => {
  test.setTimeout(240_000);
  // A parent with a matched care (deletion refused), one ready export and one waiting.
  const care = await careBetweenFreshMembers(db, { startInHours: 5 });
  const key = keyring(e2eSettings().encryptionKey);
  await createChild(db, care.parent.id, childWithDetails("撮影 こども", 5), key, new Date());
  // One export built (written as the runner would), one waiting.
  const now = new Date();
  await db.insert(privacyExports).values([
    {
      userId: care.parent.id,
      status: "ready",
      requestedAt: now,
      readyAt: now,
      expiresAt: new Date(now.getTime() + 7 * 86_400_000),
      zip: Buffer.from("zip"),
    },
    { userId: care.parent.id, status: "pending", requestedAt: now },
  ]);
  const page = await signedIn(browser, db, care.parent.email);

  for (const locale of ["ja", "en"] as const) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: e2eSettings().baseURL }]);
    for (const width of widths) {
      const shot = async (p: Page, name: string) => {
        await p.setViewportSize({ width, height: 900 });
        await expectAccessible(p);
        await p.screenshot({ path: `${SHOTS_DIR}/privacy-${name}-${locale}-${width}.png`, fullPage: true });
      };
      await page.goto("/profile/privacy");
      await shot(page, "export");
      await page.goto("/profile/privacy/delete");
      await shot(page, "delete");
      await page.goto("/privacy");
      await shot(page, "policy");
    }
  }
  await page.context().close();
});
