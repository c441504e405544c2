import { and, eq } from "drizzle-orm";
import { members, organiserApplications, qualifications } from "@/db/schema";
import { addDays } from "@/lib/time/dates";
import { tokyoDate } from "@/lib/time/tokyo";
import { expect, expectAccessible, test } from "./fixtures";
import { memberOnNewPage } from "./pages/connections";

// An application that is approved, and the badge that follows, are walked through from the first
// step in meetup-journey.spec.ts; here: what the form and the desk refuse, and who finds no desk.

test("bad applications and desk decisions are refused with translated errors; a member who is not an admin finds no desk", async ({
  browser,
  db,
}) => {
  const applicant = await memberOnNewPage(browser, db, "認定 志望", "にんてい しぼう");
  const friend = await memberOnNewPage(browser, db, "認定 友人", "にんてい ゆうじん");
  const admin = await memberOnNewPage(browser, db, "認定 運営", "にんてい うんえい");
  await db
    .update(members)
    .set({ capabilities: ["admin"] })
    .where(eq(members.userId, admin.member.id));
  const a = applicant.page;
  const today = tokyoDate(new Date());

  await a.goto("/profile");
  const standing = a.getByRole("region", { name: "認定・資格" });
  await expect(standing).toContainText("まだ認定を受けていません。");
  await expectAccessible(a);
  await standing.getByRole("link", { name: "認定サポーターに申請する" }).click();
  await expect(a.getByRole("heading", { level: 1 })).toHaveText("認定サポーターの申請");
  await expectAccessible(a);

  // Nothing filled in, then a date in the future: translated errors, nothing saved.
  await a.getByRole("button", { name: "申請する" }).click();
  await expect(a.getByRole("alert").filter({ hasText: "入力内容を確認してください。" })).toBeVisible();
  await expect(a.locator('[id="apply-identityDocument-error"]')).toHaveText("選んでください。");
  await expect(a.locator('[id="apply-trained_first_aid-error"]')).toHaveText("入力してください。");
  await a.getByLabel("提示する本人確認書類").selectOption({ label: "運転免許証" });
  for (const module of ["子どもの安全と事故の予防", "救命講習(心肺蘇生・AED)", "交流会の運営", "個人情報の取り扱い"]) {
    await a.getByLabel(module).fill(addDays(today, -20));
  }
  await a.getByLabel("交流会の運営").fill(addDays(today, 3));
  await a.getByRole("button", { name: "申請する" }).click();
  await expect(a.locator('[id="apply-trained_meetup_running-error"]')).toHaveText("未来の日付は入力できません。");
  await expectAccessible(a);
  expect(await db.select().from(organiserApplications).where(eq(organiserApplications.userId, applicant.member.id))).toEqual([]);
  await a.getByLabel("交流会の運営").fill(addDays(today, -10));
  await a.getByRole("button", { name: "申請する" }).click();
  await expect(a).toHaveURL(/\/profile#standing$/);
  await expect(standing).toContainText("運営が確認しています。");

  // A member who is not an admin finds no desk.
  const [application] = await db.select().from(organiserApplications).where(eq(organiserApplications.userId, applicant.member.id));
  expect((await friend.page.goto("/admin/certifications"))?.status()).toBe(404);
  expect((await friend.page.goto(`/admin/certifications/${application!.id}`))?.status()).toBe(404);

  const desk = admin.page;
  await desk.goto("/admin");
  await desk.getByRole("link", { name: "認定・資格の確認" }).click();
  await expect(desk.getByRole("heading", { level: 1 })).toHaveText("運営: 認定・資格の確認");
  await expectAccessible(desk);
  await desk.getByRole("link", { name: /確認する: 認定 志望/ }).click();
  await expect(desk.getByRole("heading", { level: 1 })).toHaveText("認定サポーター: 認定 志望");
  await expectAccessible(desk);

  // Turning down without a reason, or approving a licence without its last four: refused, nothing changes.
  await desk.getByRole("button", { name: "承認しない" }).click();
  await expect(desk.locator('[id="reject-reason-error"]')).toHaveText("入力してください。");
  await desk.getByRole("button", { name: "承認する" }).click();
  await expect(desk.locator('[id="approve-documentLast4-error"]')).toHaveText("入力してください。");
  const [still] = await db.select().from(organiserApplications).where(eq(organiserApplications.id, application!.id));
  expect(still!.status).toBe("applied");

  await expectAccessible(desk);
});

test("qualifications and single-parent checks: the admin sets an expiry, never in the past", async ({ browser, db }) => {
  const nurse = await memberOnNewPage(browser, db, "資格 看護", "しかく かんご");
  const admin = await memberOnNewPage(browser, db, "資格 運営", "しかく うんえい");
  await db
    .update(members)
    .set({ capabilities: ["admin"] })
    .where(eq(members.userId, admin.member.id));
  const today = tokyoDate(new Date());

  await nurse.page.goto("/profile/qualifications");
  await expectAccessible(nurse.page);
  await nurse.page.getByLabel(/^資格/).selectOption({ label: "看護師" });
  await nurse.page.getByLabel("登録番号・免許番号").fill("看-1234567");
  await nurse.page.getByRole("button", { name: "確認を申し込む" }).click();
  await expect(nurse.page.getByRole("region", { name: "認定・資格" })).toContainText("看護師 — 確認待ち");

  const [q] = await db
    .select()
    .from(qualifications)
    .where(and(eq(qualifications.userId, nurse.member.id), eq(qualifications.status, "applied")));
  await admin.page.goto(`/admin/qualifications/${q!.id}`);
  await expectAccessible(admin.page);
  await admin.page.getByLabel("有効期限(この日まで有効)").fill(addDays(today, -1));
  await admin.page.getByRole("button", { name: "確認済みにする" }).click();
  await expect(admin.page.locator('[id="verify-validUntil-error"]')).toHaveText("今日以降の日付を入力してください。");
  const [unchanged] = await db.select().from(qualifications).where(eq(qualifications.id, q!.id));
  expect(unchanged!.status).toBe("applied");
  await admin.page.getByLabel("有効期限(この日まで有効)").fill(addDays(today, 365));
  await admin.page.getByRole("button", { name: "確認済みにする" }).click();
  await expect(admin.page).toHaveURL(/\/admin\/certifications$/);

  await nurse.page.goto("/profile");
  await expect(nurse.page.getByRole("region", { name: "認定・資格" })).toContainText("看護師 — 確認済み");
  await nurse.page.getByRole("link", { name: "確認を申し込む" }).click();
  await expectAccessible(nurse.page);
  await nurse.page.getByLabel("提示する書類").selectOption({ label: "児童扶養手当証書" });
  await nurse.page.getByRole("button", { name: "確認を申し込む" }).click();
  await expect(nurse.page.getByRole("region", { name: "認定・資格" })).toContainText("運営が確認しています。");
});
