import { and, eq } from "drizzle-orm";
import { insertConnection } from "@/db/queries/connections";
import { members, notifications } from "@/db/schema";
import { SYSTEM_END_REASON } from "@/lib/care";
import { createMatchedCare } from "@/test/care";
import { newMember } from "@/test/members";
import { expect, expectAccessible, test } from "./fixtures";
import { memberOnNewPage } from "./pages/connections";
import { tokyoAt, tokyoDay } from "./pages/requests";
import { careRow } from "./support/care-fixtures";
import { signInContext } from "./support/session";
import { uniqueTag } from "./support/tag";

// Issue 13, done when 1: a member reports another; an admin suspends the reported member; the
// suspended member's matched care is cancelled with a system reason and the parent notified; the
// suspended member's verified number cannot verify a new account.

test("a report, a suspension that ends the care, and a number that cannot sign up again", async ({ browser, db }) => {
  const tag = uniqueTag();
  const parent = await memberOnNewPage(browser, db, `通報 親${tag}`, "つうほう おや");
  const helper = await memberOnNewPage(browser, db, `通報 助${tag}`, "つうほう たすけ");
  const admin = await memberOnNewPage(browser, db, `通報 運営${tag}`, "つうほう うんえい");
  await db
    .update(members)
    .set({ capabilities: ["admin"] })
    .where(eq(members.userId, admin.member.id));
  await insertConnection(db, parent.member.id, helper.member.id, "in_person", new Date(), true);
  const requestId = await createMatchedCare(db, {
    parentId: parent.member.id,
    helperId: helper.member.id,
    startAt: tokyoAt(tokyoDay(3), "10:00"),
    endAt: tokyoAt(tokyoDay(3), "12:00"),
  });

  // The parent reports the helper from the helper's page.
  const p = parent.page;
  await p.goto(`/members/${helper.member.id}`);
  await p.getByRole("link", { name: "このメンバーを通報する" }).click();
  await expect(p.getByText(`${helper.member.name}さんについて`)).toBeVisible();
  await expectAccessible(p);
  await p.getByLabel("どのようなことですか").selectOption({ label: "子どもの安全" });
  await p.getByLabel("何があったか").fill("子どもを置いて長く外出していました。");
  await p.getByRole("button", { name: "通報を送る" }).click();
  await expect(p.getByRole("status")).toContainText("通報を受け付けました");

  // The admin finds it in the queue and suspends the helper, with a reason.
  const a = admin.page;
  await a.goto("/admin");
  await a.getByRole("link", { name: "通報", exact: true }).click();
  await a.getByRole("link", { name: `開く: 子どもの安全, ${helper.member.name}` }).click();
  await expectAccessible(a);
  await a.getByRole("combobox", { name: "判断" }).selectOption({ label: "利用停止" });
  await a.getByLabel("理由").fill("子どもの安全を守れないため");
  await a.getByRole("button", { name: "判断を記録する" }).click();
  await expect(a.getByText(/に判断:利用停止/)).toBeVisible();

  // The care is cancelled by the platform, and the parent is told it ended.
  expect(await careRow(db, requestId)).toMatchObject({ state: "cancelled", cancelledBy: null, cancelReason: SYSTEM_END_REASON });
  const told = and(
    eq(notifications.userId, parent.member.id),
    eq(notifications.requestId, requestId),
    eq(notifications.kind, "care_ended"),
  );
  expect(await db.select().from(notifications).where(told)).toHaveLength(1);
  await p.goto("/notifications");
  await expect(p.getByRole("list", { name: "お知らせの一覧" }).getByText(/の依頼は終了しました。/)).toBeVisible();

  // The helper is shown the reason and the way to the desk.
  await helper.page.goto("/home");
  await expect(helper.page).toHaveURL(/\/suspended$/);
  await expect(helper.page.getByText("子どもの安全を守れないため")).toBeVisible();
  await expect(helper.page.getByRole("link", { name: "相談窓口に問い合わせる" })).toBeVisible();

  // A new account giving the suspended helper's verified number gets no code, and is told why.
  const again = {
    ...(await newMember(db, { name: `再登録${tag}`, kana: "さいとうろく", phone: helper.member.phone, phoneVerified: false })),
  };
  const context = await browser.newContext();
  await signInContext(context, again);
  const page = await context.newPage();
  await page.goto("/profile/phone");
  await page.getByRole("button", { name: "SMSでコードを送る" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toContainText("利用停止中のアカウント");
});
