import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { deskMessages, deskThreads, members, reports } from "@/db/schema";
import { responseTarget } from "@/lib/safety/reports";
import { expectAccessible, test } from "./fixtures";
import { memberOnNewPage } from "./pages/connections";
import { e2eSettings } from "./settings";
import { SHOTS_DIR, widths } from "./shots/capture";

// The report form, the admin's queues of reports and of the consultation desk, and the desk's
// contact form (for a visitor and for a member with an answered thread), at a phone's width and a
// desktop's, in Japanese and English, each checked with axe (SHOTS_DIR is git-ignored).

test("reporting, the admin queues and the consultation desk at 390 and 1280 px, Japanese and English", async ({ browser, db }) => {
  test.setTimeout(300_000);
  const parent = await memberOnNewPage(browser, db, "撮影 通報", "さつえい つうほう");
  const helper = await memberOnNewPage(browser, db, "撮影 相手", "さつえい あいて");
  const admin = await memberOnNewPage(browser, db, "撮影 運営", "さつえい うんえい");
  await db
    .update(members)
    .set({ capabilities: ["admin"] })
    .where(eq(members.userId, admin.member.id));
  // One overdue safety report in review, one new; a member's answered thread and a visitor's safety question.
  const old = new Date(Date.now() - 30 * 3_600_000);
  const [report] = await db
    .insert(reports)
    .values([
      {
        reporterId: parent.member.id,
        reportedId: helper.member.id,
        target: "member",
        category: "child_safety",
        text: "子どもを置いて外出していました。",
        state: "in_review",
        createdAt: old,
        respondBy: responseTarget("child_safety", old),
      },
      {
        reporterId: helper.member.id,
        reportedId: parent.member.id,
        target: "member",
        category: "spam",
        text: "宣伝ばかり送られてきます。",
        respondBy: responseTarget("spam", new Date()),
      },
    ])
    .returning({ id: reports.id });
  const [thread] = await db.insert(deskThreads).values({ userId: parent.member.id, category: "money", state: "answered" }).returning();
  await db.insert(deskMessages).values([
    { threadId: thread!.id, fromDesk: false, body: "謝礼の金額について教えてください。" },
    { threadId: thread!.id, adminId: admin.member.id, fromDesk: true, body: "謝礼は市の規程で決まっています。" },
  ]);
  await db.insert(deskThreads).values({ email: "visitor@example.com", category: "safety" });
  const visitor = await (await browser.newContext()).newPage();

  for (const locale of ["ja", "en"] as const) {
    for (const p of [parent.page, admin.page, visitor]) {
      await p.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: e2eSettings().baseURL }]);
    }
    for (const width of widths) {
      const shot = async (p: Page, path: string, name: string) => {
        await p.setViewportSize({ width, height: 900 });
        await p.goto(path);
        await expectAccessible(p);
        await p.screenshot({ path: `${SHOTS_DIR}/safety-${name}-${locale}-${width}.png`, fullPage: true });
      };
      await shot(parent.page, `/report?target=member&id=${helper.member.id}`, "report-form");
      await shot(admin.page, "/admin/reports", "admin-reports");
      await shot(admin.page, `/admin/reports/${report!.id}`, "admin-report");
      await shot(admin.page, "/admin/contact", "admin-desk");
      await shot(visitor, "/contact", "contact-visitor");
      await shot(parent.page, "/contact", "contact-member");
    }
  }
  for (const p of [parent.page, helper.page, admin.page, visitor]) await p.context().close();
});
