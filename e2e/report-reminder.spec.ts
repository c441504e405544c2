import { and, eq, like } from "drizzle-orm";
import { deliveries, mailOutbox } from "@/db/schema";
import { expect, expectAccessible, test } from "./fixtures";
import { AfterSection } from "./pages/care-after";
import { careRow, matchedCare } from "./support/care-fixtures";

// Issue 12, done when 5 (part): the job runner (`npm run worker` beside the app, as in production)
// stores the end of a care and asks its helper to report, in the app and by e-mail, once.

test("a care whose end has passed asks its helper to report: the notice, and an e-mail with a link to the care", async ({
  browser,
  db,
}) => {
  // Ended minutes ago, as the sweep finds a care in real life. A care that ended yesterday would
  // also be due its morning-after reminder (8:00 Tokyo, lib/care/report-reminder.ts) from 8:00 on,
  // a second mail of the same ask: this test counted two whenever it ran after 8:00 Tokyo.
  const now = Date.now();
  const { helper, requestId, path } = await matchedCare(browser, db, {
    startAt: new Date(now - 65 * 60_000),
    endAt: new Date(now - 5 * 60_000),
  });
  const mailTo = and(eq(mailOutbox.to, helper.member.email), like(mailOutbox.text, "%報告してください%"));
  await expect.poll(async () => (await db.select().from(mailOutbox).where(mailTo)).length, { timeout: 30_000 }).toBe(1);
  expect((await careRow(db, requestId)).state).toBe("awaiting_report");

  const [mail] = await db.select().from(mailOutbox).where(mailTo);
  expect(mail!.subject).toMatch(/^【おたがい】.*報告してください。$/);
  expect(mail!.text).toContain(`${helper.member.name}さん`);
  expect(mail!.html).toContain("報告してください");
  const link = mail!.text.match(/https?:\/\/\S+\/requests\/\S+/)?.[0];
  expect(link).toBeDefined();
  expect(new URL(link!).pathname).toBe(path);

  // The same notice in the app.
  await helper.page.goto("/notifications");
  await expect(
    helper.page.getByRole("list", { name: "お知らせの一覧" }).getByText(/のお預かりの終了時刻を過ぎました。報告してください。/),
  ).toBeVisible();
  await expectAccessible(helper.page);

  // The mail's link opens the care, where the report is written.
  await helper.page.goto(link!);
  await expect(new AfterSection(helper.page).card("終了の報告")).toBeVisible();

  // Sent once, however many ticks have passed since.
  await helper.page.waitForTimeout(2500);
  expect(await db.select().from(mailOutbox).where(mailTo)).toHaveLength(1);
  const sent = await db.select().from(deliveries).where(eq(deliveries.userId, helper.member.id));
  expect(sent.map((d) => d.state)).toEqual(["sent"]);
});
