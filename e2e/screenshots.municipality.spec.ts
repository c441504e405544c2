import { mkdirSync } from "node:fs";
import { districts, municipalities, municipalityStaff, users } from "@/db/schema";
import { expect, expectAccessible, test } from "./fixtures";
import { e2eSettings } from "./settings";
import { SHOTS_DIR, widths } from "./shots/capture";
import { cityActivity } from "./support/city-data";
import { signInContext } from "./support/session";
import { uniqueTag } from "./support/tag";

// The staff dashboard at a phone's width and a desktop's, its print view (also printed to PDF by
// Chromium) and the ファミサポ report, in Japanese and English, for people to look at.
test.describe.configure({ timeout: 300_000 });

test("municipality dashboard, print view and report", async ({ browser, db }) => {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const tag = uniqueTag();
  const [town] = await db
    .insert(municipalities)
    .values({
      code: String(200000 + (Date.now() % 700000)).slice(0, 6),
      prefectureJa: "奈良県",
      prefectureEn: "Nara",
      nameJa: "さくら町",
      nameEn: "Sakura Town",
    })
    .returning();
  await db.insert(districts).values(
    [
      ["本町", "Honmachi"],
      ["東町", "Higashimachi"],
      ["西小学校区", "Nishi school district"],
      ["南小学校区", "Minami school district"],
    ].map(([nameJa, nameEn]) => ({ municipalityId: town!.id, nameJa: nameJa!, nameEn: nameEn! })),
  );
  await cityActivity(db, town!.id, tag);
  const [staffUser] = await db
    .insert(users)
    .values({ email: `shots.staff.${tag}@example.com`, name: "職員" })
    .returning();
  await db.insert(municipalityStaff).values({ userId: staffUser!.id, municipalityId: town!.id });

  for (const locale of ["ja", "en"] as const) {
    const context = await browser.newContext();
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: e2eSettings().baseURL }]);
    await signInContext(context, { id: staffUser!.id, email: staffUser!.email!, name: "職員" });
    const page = await context.newPage();
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/municipality/${town!.id}`);
      await expect(page.getByRole("table").first()).toBeVisible();
      await expectAccessible(page);
      await page.screenshot({ path: `${SHOTS_DIR}/municipality-dashboard-${locale}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/municipality/${town!.id}/print`);
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS_DIR}/municipality-print-${locale}.png`, fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: `${SHOTS_DIR}/municipality-print-${locale}.pdf`, format: "A4", printBackground: true, preferCSSPageSize: true });
    await page.emulateMedia({ media: "screen" });
    await page.goto(`/municipality/${town!.id}/report`);
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS_DIR}/municipality-report-${locale}.png`, fullPage: true });
    await context.close();
  }
});
