import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { careRequests } from "@/db/schema";
import { createChild } from "@/lib/children/workflows/save-child";
import { keyring } from "@/lib/crypto/sealed";
import { newMember } from "@/test/members";
import { expect, expectAccessible, test } from "./fixtures";
import { e2eSettings } from "./settings";
import { careBetweenFreshMembers, childWithDetails, signedIn } from "./support/care-during-fixtures";
import { uniqueTag } from "./support/tag";

// Issue 13, "export my data" and "delete my account", in the browser: one click queues an export,
// the job runner builds it, the member downloads a ZIP holding their child; deletion is refused
// while a care is matched, then done, and the member is signed out.

test("a member requests an export, and downloads a ZIP with their child's details once the runner has built it", async ({
  browser,
  db,
}) => {
  const tag = uniqueTag();
  const parent = await newMember(db, { name: `書出 親${tag}`, kana: "かきだし おや" });
  const childName = `書出 こども${tag}`;
  await createChild(db, parent.id, childWithDetails(childName, 4), keyring(e2eSettings().encryptionKey), new Date());
  const page = await signedIn(browser, db, parent.email);

  await page.goto("/profile");
  await page.getByRole("link", { name: "データの書き出しと退会" }).click();
  await page.getByRole("button", { name: "書き出しを申し込む" }).click();
  await expect(page.getByRole("status")).toHaveText("申し込みました。できあがるとお知らせします。");
  await expectAccessible(page);

  // The runner's clock task (every second here) builds it; the page lists it once built.
  const download = page.getByRole("link", { name: "ZIPをダウンロード" });
  await expect(async () => {
    await page.reload();
    await expect(download).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  const zip = unzipSync(new Uint8Array(readFileSync((await file.path())!)));
  const data = JSON.parse(strFromU8(zip["otagai-data.json"]!)) as {
    tables: { children: { name: string; details: { allergies: string } }[] };
  };
  expect(data.tables.children).toEqual([
    expect.objectContaining({ name: childName, details: expect.objectContaining({ allergies: "卵(加熱したものも食べられません)" }) }),
  ]);
  expect(strFromU8(zip["csv/children.csv"]!)).toContain(childName);
  await page.context().close();
});

test("deleting the account is refused while a care is matched, then done: the member is signed out and their connection sees a former member", async ({
  browser,
  db,
}) => {
  const care = await careBetweenFreshMembers(db, { startInHours: 5 });
  const page = await signedIn(browser, db, care.parent.email);

  await page.goto("/profile/privacy/delete");
  await expect(page.getByRole("status")).toContainText("マッチ中、または精算が終わっていない預かりがあります。");
  await expectAccessible(page);
  // Nothing to press while it would be refused (the workflow's own refusal: privacy.integ.test.ts).
  const deleteButton = page.getByRole("button", { name: "退会する" });
  await expect(deleteButton).toHaveCount(0);
  // … so the way out says "back", not "cancel".
  await expect(page.getByRole("link", { name: "戻る", exact: true })).toHaveAttribute("href", "/profile/privacy");

  // The care falls through; now the account can go.
  await db
    .update(careRequests)
    .set({ state: "cancelled", cancelReason: "都合", closedAt: new Date() })
    .where(eq(careRequests.id, care.requestId));
  await page.reload();
  await page.getByRole("checkbox", { name: "内容を読み、退会してデータを消すことに同意します" }).check();
  await deleteButton.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "ログイン" }).first()).toBeVisible();
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/signin/);

  const helper = await signedIn(browser, db, care.helper.email);
  await helper.goto("/connections");
  await expect(helper.getByText("退会したメンバー")).toBeVisible();
  await expect(helper.getByText(care.parent.name)).toHaveCount(0);
  await page.context().close();
  await helper.context().close();
});
