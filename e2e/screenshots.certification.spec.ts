import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { organiserApplications } from "@/db/schema";
import { demoIds } from "@/test/members";
import { expectAccessible, test } from "./fixtures";
import { e2eSettings } from "./settings";
import { widths } from "./shots/capture";
import { signInAs } from "./support/session";

// The certification desk and a member's standing at a phone's width and a desktop's, in Japanese
// and English, for people to look at (screenshots/ is git-ignored). Reads the demo data only.

test("the certification desk and the member's status at 390 and 1280 px, ja and en", async ({ browser, db }) => {
  test.setTimeout(300_000);
  const id = await demoIds(db);
  const [waiting] = await db
    .select()
    .from(organiserApplications)
    .where(eq(organiserApplications.userId, id("kobayashi.chiyoko")));
  const as = async (email: string, locale: "ja" | "en") => {
    const context = await browser.newContext({ locale: locale === "ja" ? "ja-JP" : "en-GB", timezoneId: "Asia/Tokyo" });
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: e2eSettings().baseURL }]);
    const page = await context.newPage();
    await signInAs(page, db, email);
    return page;
  };
  for (const locale of ["ja", "en"] as const) {
    const admin = await as("fujita.satomi@example.com", locale);
    const organiser = await as("watanabe.yumi@example.com", locale);
    const applicant = await as("kobayashi.chiyoko@example.com", locale);
    const parent = await as("takahashi.misaki@example.com", locale);
    const newcomer = await as("sato.yoko@example.com", locale);
    for (const width of widths) {
      const shot = async (p: Page, name: string) => {
        await p.setViewportSize({ width, height: 900 });
        await expectAccessible(p);
        await p.screenshot({ path: `screenshots/certification-${name}-${locale}-${width}.png`, fullPage: true });
      };
      await admin.goto("/admin/certifications");
      await shot(admin, "desk");
      await admin.goto(`/admin/certifications/${waiting!.id}`);
      await shot(admin, "application");
      await admin.getByRole("button", { name: locale === "ja" ? "承認しない" : "Do not approve" }).click();
      await admin.locator('[id="reject-reason-error"]').waitFor();
      await shot(admin, "application-errors");
      await organiser.goto("/profile");
      await shot(organiser, "profile-ending-soon");
      await applicant.goto("/profile");
      await shot(applicant, "profile-applied");
      await parent.goto("/profile");
      await shot(parent, "profile-single-parent");
      await newcomer.goto("/profile/certification");
      await shot(newcomer, "apply");
      await newcomer.getByRole("button", { name: locale === "ja" ? "申請する" : "Apply" }).click();
      await newcomer.locator('[id="apply-identityDocument-error"]').waitFor();
      await shot(newcomer, "apply-errors");
      await newcomer.goto("/profile/qualifications");
      await shot(newcomer, "qualification");
    }
    for (const p of [admin, organiser, applicant, parent, newcomer]) await p.context().close();
  }
});
