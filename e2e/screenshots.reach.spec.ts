import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { parentWithConnections, postDirect } from "./pages/requests";
import { e2eSettings } from "./settings";
import { SHOTS_DIR, widths } from "./shots/capture";
import { careRow, matchedCare, yesterday } from "./support/care-fixtures";
import { uniqueTag } from "./support/tag";

// Notification settings, the request form with the widening ask open, and home with what needs
// the member now, at 390 and 1280 px in Japanese and English (SHOTS_DIR is git-ignored).

test("notification settings, the widening ask and home's needs at 390 and 1280 px, Japanese and English", async ({ browser, db }) => {
  test.setTimeout(240_000);
  const tag = uniqueTag();
  const { parent, childId, others } = await parentWithConnections(browser, db, [
    [`撮影 一 ${tag}`, "さつえい いち"],
    [`撮影 二 ${tag}`, "さつえい に"],
  ]);
  // A request that widens to the second connection in 30 minutes: its page says when.
  const widened = await postDirect(db, parent.member.id, [childId], [others[0]!.member.id], {
    widen: { groupId: null, userIds: [others[1]!.member.id], delay: 30 },
  });
  const { helper, requestId } = await matchedCare(browser, db, { startAt: yesterday().start, endAt: yesterday().end });
  await expect.poll(async () => (await careRow(db, requestId)).state, { timeout: 20_000 }).toBe("awaiting_report");

  for (const locale of ["ja", "en"] as const) {
    for (const p of [parent.page, helper.page]) {
      await p.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: e2eSettings().baseURL }]);
    }
    for (const width of widths) {
      const shot = async (p: Page, name: string) => {
        await p.setViewportSize({ width, height: 900 });
        await expectAccessible(p);
        await p.screenshot({ path: `${SHOTS_DIR}/reach-${name}-${locale}-${width}.png`, fullPage: true });
      };
      await helper.page.goto("/settings/notifications");
      await shot(helper.page, "settings");
      await helper.page.goto("/home");
      await shot(helper.page, "home-needs");
      await parent.page.goto("/requests/new");
      await parent.page.locator("details summary").click();
      await shot(parent.page, "request-widen");
      await parent.page.goto(`/requests/${widened}`);
      await shot(parent.page, "request-widen-pending");
    }
  }
  for (const p of [parent.page, helper.page]) await p.context().close();
});
