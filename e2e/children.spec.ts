import { and, eq } from "drizzle-orm";
import { children } from "@/db/schema";
import { emptyDetails } from "@/lib/children";
import { expect, expectAccessible, test } from "./fixtures";
import { addChildFor, bornYearsAgo, CHILD_ACTIONS, ChildFormPage, userIdOf } from "./pages/children";
import { callAction } from "./server-actions";
import { signInAs } from "./support/session";

const unique = () => String(Date.now()).slice(-6);
const NOT_FOUND = { ok: false, error: "見つかりませんでした。", fieldErrors: {} };

test("a parent adds a child with an allergy, sees it, changes it and removes it", async ({ page, db }) => {
  const name = `加藤 はると${unique()}`;
  await signInAs(page, db, "kato.daisuke@example.com");
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "子ども" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("子ども");
  await expectAccessible(page);

  await page.getByRole("link", { name: "子どもを追加する" }).click();
  const form = new ChildFormPage(page);
  await form.fill({
    name,
    nameKana: "かとう はると",
    birthDate: bornYearsAgo(4),
    allergies: "卵(加熱したものも)",
    mayNotEat: "マヨネーズ",
    consent: true,
  });
  await form.addPerson("緊急連絡先");
  await form.fillPerson("緊急連絡先", 1, { name: "加藤 由美", relation: "母", phone: "090-1111-2222" });
  await form.addPerson("緊急連絡先");
  await expect(form.person("緊急連絡先", 2).getByLabel(/^お名前/)).toBeFocused();
  await form.fillPerson("緊急連絡先", 2, { name: "加藤 正", relation: "祖父", phone: "03-1234-5678" });
  await form.addPerson("お迎えできる大人");
  await form.fillPerson("お迎えできる大人", 1, { name: "加藤 和江", relation: "祖母" });
  await expectAccessible(page);
  await form.submit("登録する");

  await expect(page).toHaveURL(/\/children\/[0-9a-f-]{36}\?saved=1$/);
  await expect(page.getByRole("status")).toHaveText("保存しました。");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByText(/年\d+月\d+日\(4歳\)/)).toBeVisible();
  await expect(page.getByText("チャイルドシートが必要(6歳未満)")).toBeVisible();
  await expect(page.getByRole("region", { name: "健康のこと" })).toContainText("卵(加熱したものも)");
  await expect(page.getByRole("link", { name: "加藤 由美さんに電話する" })).toHaveAttribute("href", "tel:+819011112222");
  await expect(page.getByRole("region", { name: "お迎えできる大人" })).toContainText("加藤 和江");
  await expectAccessible(page);

  const parentId = await userIdOf(db, "kato.daisuke@example.com");
  const [row] = await db
    .select()
    .from(children)
    .where(and(eq(children.parentId, parentId), eq(children.name, name)));
  expect(row?.healthConsentAt).not.toBeNull();
  expect(row?.detailsEncrypted).toMatch(/^v2:[0-9a-f]{8}:/);
  expect(row?.detailsEncrypted).not.toContain("卵");

  await page.getByRole("link", { name: "情報を変更する" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${name}さんの情報を変更する`);
  await expect(form.section("健康のこと").getByLabel(/^アレルギー/)).toHaveValue("卵(加熱したものも)");
  await expect(form.person("緊急連絡先", 1).getByLabel(/^電話番号/)).toHaveValue("090-1111-2222");
  await expectAccessible(page);
  await form.fill({ allergies: "卵、そば" });
  await form.person("緊急連絡先", 2).getByRole("button", { name: "2人目を消す" }).click();
  await form.submit("保存する");
  await expect(page.getByRole("status")).toHaveText("保存しました。");
  await expect(page.getByRole("region", { name: "健康のこと" })).toContainText("卵、そば");
  await expect(page.getByRole("region", { name: "緊急連絡先" })).not.toContainText("加藤 正");

  await page.getByRole("button", { name: "この子の登録を削除する" }).click();
  await expect(page.getByRole("heading", { name: `${name}さんの登録を削除しますか?` })).toBeFocused();
  await expect(page.getByText("これまでの預かりの記録には、お名前だけが残ります。", { exact: false })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "削除する", exact: true }).click();
  await expect(page).toHaveURL(/\/children\?removed=1$/);
  await expect(page.getByRole("status")).toHaveText("登録を削除しました。");
  await expect(page.getByText(name)).toHaveCount(0);

  const [removed] = await db.select().from(children).where(eq(children.id, row!.id));
  expect(removed).toMatchObject({ name, detailsEncrypted: null, healthConsentAt: null });
  expect(removed?.removedAt).not.toBeNull();
});

test("bad input shows translated errors beside each field and saves nothing", async ({ page, db }) => {
  const email = "yoshida.mari@example.com";
  const parentId = await userIdOf(db, email);
  const before = await db.$count(children, eq(children.parentId, parentId));
  await signInAs(page, db, email);
  await page.goto("/children/new");
  const form = new ChildFormPage(page);

  await form.fill({ name: "   ", nameKana: "Haruto", birthDate: "2099-01-01", allergies: "そば", healthNotes: "あ".repeat(501) });
  await form.addPerson("緊急連絡先");
  await form.fillPerson("緊急連絡先", 1, { name: "", relation: "母", phone: "12-34" });
  await form.addPerson("お迎えできる大人");
  await form.fillPerson("お迎えできる大人", 1, { name: "吉田 花", phone: "でんわ" });
  await form.submit("登録する");
  await form.expectRefused();
  await expect(form.errorOf("name")).toHaveText("入力してください。");
  await expect(form.errorOf("nameKana")).toHaveText("ひらがなかカタカナで入力してください。");
  await expect(form.errorOf("birthDate")).toHaveText("未来の日付は入力できません。");
  await expect(form.errorOf("healthNotes")).toHaveText("500文字以内で入力してください。");
  await expect(form.errorOf("healthConsent")).toHaveText("健康のことを保存するには、同意のチェックを入れてください。");
  await expect(form.errorOf("contacts-0-name")).toHaveText("入力してください。");
  await expect(form.errorOf("contacts-0-phone")).toHaveText("日本の電話番号を入力してください(例: 090-1234-5678)。");
  await expect(form.errorOf("collectors-0-phone")).toHaveText("日本の電話番号を入力してください(例: 090-1234-5678)。");
  await expect(form.section("基本情報").getByLabel(/^ふりがな/)).toHaveAttribute("aria-invalid", "true");
  // What was typed is still there to correct.
  await expect(form.section("健康のこと").getByLabel(/^アレルギー/)).toHaveValue("そば");
  await expect(form.person("緊急連絡先", 1).getByLabel(/^電話番号/)).toHaveValue("12-34");
  await expectAccessible(page);

  // A child of 18 is refused; five contacts is the most.
  await form.fill({ name: "吉田 ゆう", nameKana: "よしだ ゆう", birthDate: bornYearsAgo(18), consent: true, healthNotes: "" });
  await form.submit("登録する");
  await expect(form.errorOf("birthDate")).toHaveText("0〜17歳のお子さんを登録できます。");
  for (let n = 2; n <= 5; n++) await form.addPerson("緊急連絡先");
  await expect(form.section("緊急連絡先").getByText("5人まで登録できます。")).toBeVisible();
  await expect(form.section("緊急連絡先").getByRole("button", { name: "連絡先を追加する" })).toHaveCount(0);

  // What the form cannot send, sent straight to the server: an impossible date, six contacts, a long name.
  const six = Object.fromEntries(
    [0, 1, 2, 3, 4, 5].flatMap((i) => [
      [`contacts.${i}.name`, `人${i}`],
      [`contacts.${i}.phone`, "03-1234-5678"],
    ]),
  );
  const direct = await callAction(
    page,
    CHILD_ACTIONS,
    "createChildAction",
    { name: "あ".repeat(41), nameKana: "よしだ", birthDate: "2023-02-29", ...six },
    "/children/new",
  );
  expect(direct.result).toEqual({
    ok: false,
    error: "入力内容を確認してください。",
    fieldErrors: { name: "40文字以内で入力してください。", birthDate: "正しい日付を入力してください。", contacts: "5人まで登録できます。" },
  });

  await expect(page).toHaveURL(/\/children\/new$/);
  expect(await db.$count(children, eq(children.parentId, parentId))).toBe(before);
});

test("another member is told a child does not exist, by URL and by calling the actions directly", async ({ page, db }) => {
  const name = `山本 あおい${unique()}`;
  const id = await addChildFor(db, "yamamoto.naoki@example.com", {
    name,
    healthConsent: true,
    details: { ...emptyDetails(), allergies: "小麦" },
  });
  const [before] = await db.select().from(children).where(eq(children.id, id));

  // Another parent.
  await signInAs(page, db, "kimura.ryo@example.com");
  for (const path of [`/children/${id}`, `/children/${id}/edit`, "/children/not-a-uuid"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
  }
  await expectAccessible(page);
  await page.goto("/children");
  await expect(page.getByText(name)).toHaveCount(0);

  const update = { id, name: "乗っ取り", nameKana: "のっとり", birthDate: "2020-01-01" };
  expect((await callAction(page, CHILD_ACTIONS, "updateChildAction", update, "/children")).result).toEqual(NOT_FOUND);
  expect((await callAction(page, CHILD_ACTIONS, "removeChildAction", { id }, "/children")).result).toEqual(NOT_FOUND);
  for (const unknown of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
    expect((await callAction(page, CHILD_ACTIONS, "removeChildAction", { id: unknown }, "/children")).result).toEqual(NOT_FOUND);
  }
  expect(await db.select().from(children).where(eq(children.id, id))).toEqual([before]);
});

test("a member who is not a parent has no children pages and no children actions", async ({ page, db }) => {
  await signInAs(page, db, "tanaka.keiko@example.com");
  await expect(page.getByRole("link", { name: "子ども" })).toHaveCount(0);
  expect((await page.goto("/children"))?.status()).toBe(404);
  expect((await page.goto("/children/new"))?.status()).toBe(404);
  const parentId = await userIdOf(db, "tanaka.keiko@example.com");
  const result = await callAction(
    page,
    CHILD_ACTIONS,
    "createChildAction",
    { name: "田中 そら", nameKana: "たなか そら", birthDate: "2020-01-01" },
    "/home",
  );
  expect(result.result).toEqual(NOT_FOUND);
  expect(await db.$count(children, eq(children.parentId, parentId))).toBe(0);
});
