import { eq } from "drizzle-orm";
import { careRequests, notifications } from "@/db/schema";
import { expect, expectAccessible, test } from "./fixtures";
import { parentWithConnections, RequestFormPage, tokyoDay } from "./pages/requests";
import { careRow, matchedCare, yesterday } from "./support/care-fixtures";
import { uniqueTag } from "./support/tag";

// Issue 12, done when 5 (part): a widening ask reaches its second audience after its delay and
// not before (the job runner beside the app does it); home tells a helper what needs them now.
test.describe.configure({ timeout: 120_000 });

test("a request with a widening ask reaches the second audience after its delay, not before, and the parent is told", async ({
  browser,
  db,
}) => {
  const tag = uniqueTag();
  const { parent, childName, others } = await parentWithConnections(browser, db, [
    [`一番 ${tag}`, "いちばん"],
    [`二番 ${tag}`, "にばん"],
  ]);
  const [first, second] = others as [(typeof others)[number], (typeof others)[number]];
  const form = new RequestFormPage(parent.page);
  await form.open();
  await form.fill({
    child: childName,
    date: tokyoDay(2),
    start: "17:00",
    end: "18:00",
    place: "サポーターの家",
    recipients: [first.member.name],
  });
  await parent.page.getByText("だれもOKしないときは、ほかの人にも(任意)").click();
  await parent.page.getByRole("group", { name: "次にお願いするシェア友" }).getByRole("checkbox", { name: second.member.name }).check();
  await parent.page.getByLabel("広げるまでの時間").selectOption({ label: "30分後" });
  await expectAccessible(parent.page);
  await form.submit();
  await expect(parent.page).toHaveURL(/\/requests\/[0-9a-f-]{36}\?done=posted$/);
  const path = new URL(parent.page.url()).pathname;
  const requestId = path.split("/").pop()!;
  const row = await careRow(db, requestId);
  expect(row.widenUserIds).toEqual([second.member.id]);
  expect(row.widenAt!.getTime() - row.createdAt.getTime()).toBe(30 * 60_000);

  // Before the delay the second audience does not see it (the runner has ticked meanwhile).
  await second.page.waitForTimeout(1500);
  await second.page.goto(path);
  await expect(second.page.getByRole("heading", { level: 1, name: "預かりのお願い" })).toHaveCount(0);

  // The delay passes (the clock cannot be waited for): the runner's next tick widens the ask.
  await db
    .update(careRequests)
    .set({ widenAt: new Date(Date.now() - 1000) })
    .where(eq(careRequests.id, requestId));
  const seen = async () => {
    await second.page.goto(path);
    return second.page.getByRole("heading", { level: 1, name: "預かりのお願い" }).count();
  };
  await expect.poll(seen, { timeout: 20_000 }).toBe(1);
  const told = await db.select().from(notifications).where(eq(notifications.userId, parent.member.id));
  expect(told.filter((n) => n.kind === "care_widened")).toHaveLength(1);
  await parent.page.goto("/notifications");
  await expect(parent.page.getByText(/1人のシェア友にもお願いを広げました/)).toBeVisible();
});

test("home shows a helper the care waiting for their report, with a link to the report card", async ({ browser, db }) => {
  const { helper, requestId, path } = await matchedCare(browser, db, { startAt: yesterday().start, endAt: yesterday().end });
  await expect.poll(async () => (await careRow(db, requestId)).state, { timeout: 20_000 }).toBe("awaiting_report");
  await helper.page.goto("/home");
  const needs = helper.page.getByRole("region", { name: "いま、あなたを待っていること" });
  await expect(needs.getByRole("heading", { name: "報告してください" })).toBeVisible();
  await expectAccessible(helper.page);
  await needs.getByRole("link").first().click();
  await expect(helper.page).toHaveURL(new RegExp(`${path}#after-report$`));
});
