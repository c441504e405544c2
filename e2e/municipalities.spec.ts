import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { districts, municipalities } from "@/db/schema";
import { DEFAULT_RULEBOOK } from "@/lib/thanks";
import { expect, expectAccessible, test } from "./fixtures";
import { cityActivity } from "./support/city-data";
import { signInAs, signInContext, userByEmail } from "./support/session";
import { uniqueTag } from "./support/tag";

// Done-when 1 of issue 10: an admin sets up a municipality (districts, a rulebook seen in preview
// first, a staff member); the staff member sees its dashboard, changes the range, opens the print
// view and downloads a CSV; staff of another municipality get "not found" for every part of it.

test.describe.configure({ timeout: 180_000 });

test("an admin sets up a town and its staff member reads its statistics; other staff get not found", async ({ browser, db }) => {
  const tag = uniqueTag();
  const code = String(100000 + (Date.now() % 800000)).slice(0, 6);
  const admin = await browser.newPage();
  await signInAs(admin, db, "fujita.satomi@example.com");

  // The town.
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "自治体" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "自治体" })).toBeVisible();
  await admin.getByLabel("団体コード").fill(code);
  await admin.getByLabel("都道府県(日本語)").fill("奈良県");
  await admin.getByLabel("都道府県(英語)").fill("Nara");
  await admin.getByLabel("自治体名(日本語)").fill(`統計町${tag}`);
  await admin.getByLabel("自治体名(英語)").fill(`Stats ${tag}`);
  await admin.getByRole("button", { name: "登録する" }).click();
  await expect(admin).toHaveURL(/\/admin\/municipalities\/[0-9a-f-]{36}$/);
  const townId = admin.url().split("/").at(-1)!;
  await expectAccessible(admin);

  // Its districts.
  for (const [ja, en] of [
    ["北一丁目", "Kita 1"],
    ["南小学校区", "Minami school"],
  ] as const) {
    await admin.getByLabel("種類").selectOption({ label: ja.endsWith("校区") ? "小学校区" : "町丁目" });
    await admin.getByLabel("地区名(日本語)").fill(ja);
    await admin.getByLabel("地区名(英語)").fill(en);
    await admin.getByRole("button", { name: "地区を追加" }).click();
    await expect(admin.getByRole("listitem").filter({ hasText: ja })).toBeVisible();
  }
  // A second district of the same name is refused, and nothing is added.
  await admin.getByLabel("種類").selectOption({ label: "町丁目" });
  await admin.getByLabel("地区名(日本語)").fill("北一丁目");
  await admin.getByLabel("地区名(英語)").fill("Kita 1 again");
  await admin.getByRole("button", { name: "地区を追加" }).click();
  await expect(admin.getByText("この自治体に同じ名前の地区がすでにあります")).toBeVisible();
  expect(await db.select().from(districts).where(eq(districts.municipalityId, townId))).toHaveLength(2);

  // Its rulebook: the thank-you of the sample cares is shown before anything can be saved.
  await admin.getByRole("link", { name: "独自のルールを編集" }).click();
  const rules = admin.getByLabel("ルール(JSON)");
  await expect(admin.getByRole("button", { name: "この内容で保存" })).toHaveCount(0);
  const { key: _key, ...ownRules } = { ...DEFAULT_RULEBOOK, rates: { ...DEFAULT_RULEBOOK.rates, firstChildPerHourYen: 600 } };
  await rules.fill("{ not json");
  await admin.getByRole("button", { name: "見本で確かめる" }).click();
  await expect(admin.getByText("ルールをJSONとして読み取れませんでした")).toBeVisible();
  await rules.fill(JSON.stringify(ownRules, null, 2));
  await admin.getByRole("button", { name: "見本で確かめる" }).click();
  const preview = admin.getByRole("region", { name: "見本の預かりでのありがとう" });
  await expect(preview.getByRole("row", { name: /平日15:00〜16:10/ })).toContainText("900円");
  await expect(preview.getByRole("row", { name: /土曜9:00〜12:00/ })).toContainText("1,500円");
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "この内容で保存" }).click();
  await expect(admin.getByRole("status")).toContainText("保存しました");
  await expect(admin.getByRole("region", { name: "版の履歴" }).getByRole("row")).toHaveCount(2);
  await admin.getByRole("link", { name: `統計町${tag}` }).click();
  await expect(admin.getByText("独自のルール(第1版)を使っています。")).toBeVisible();

  // Its staff member, by e-mail.
  const staffEmail = `staff.${tag}@example.com`.toLowerCase();
  await admin.getByLabel("メールアドレス").fill(staffEmail);
  await admin.getByRole("button", { name: "職員にする" }).click();
  await expect(admin.getByRole("listitem").filter({ hasText: staffEmail })).toBeVisible();
  await admin.close();

  // A year of activity there, so the dashboard has figures to show.
  await cityActivity(db, townId, tag);

  // The staff member signs in and reads the town's statistics.
  const staffContext = await browser.newContext();
  await signInContext(staffContext, await userByEmail(db, staffEmail));
  const staff = await staffContext.newPage();
  await staff.goto("/municipality");
  await expect(staff).toHaveURL(new RegExp(`/municipality/${townId}$`));
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(`統計町${tag}`);
  const headline = staff.getByRole("table", { name: "主な数値" });
  await expect(headline.getByRole("row", { name: /^会員数 / }).first()).toContainText("200");
  await expect(staff.getByRole("img", { name: /^依頼の月ごとの推移/ })).toBeVisible();
  await expect(staff.getByRole("table", { name: "満たされなかった依頼(地区×時間帯)" })).toBeVisible();
  await expectAccessible(staff);

  // A different range, by GET.
  const [y] = new Date().toISOString().split("-");
  // Whole months: the range is summed from the months' tallies.
  const from = `${Number(y) - 1}-04`;
  const to = `${Number(y) - 1}-09`;
  await staff.getByLabel("開始月").fill(from);
  await staff.getByLabel("終了月").fill(to);
  await staff.getByRole("button", { name: "この期間で表示" }).click();
  await expect(staff).toHaveURL(new RegExp(`from=${from}&to=${to}`));
  await expect(staff.getByTestId("period")).toContainText(`${Number(y) - 1}年4月1日`);
  await expect(staff.getByTestId("period")).toContainText("令和");
  await expect(staff.getByRole("table", { name: "月ごとの推移" }).getByRole("row")).toHaveCount(7);

  // The print view.
  await staff.getByRole("link", { name: "印刷用の表示" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("参加状況");
  await expect(staff.getByText(/集計期間:令和\d+年4月1日〜令和\d+年9月30日/)).toBeVisible();
  await expectAccessible(staff);
  await staff.goBack();

  // A CSV: UTF-8 with a BOM, the table as shown, no suppressed cell.
  const download = staff.waitForEvent("download");
  await staff.getByRole("table", { name: "依頼の種類別" }).getByRole("link", { name: "CSV" }).click();
  const csv = readFileSync((await (await download).path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString("utf8").slice(1);
  expect(text.split("\r\n")[0]).toBe("種類,依頼,解決率");
  expect(text).toContain("預かり,");
  expect(text).not.toContain("<5");
  // A range that is not one: the export refuses it and says why; the page says so and shows the default.
  const refused = await staffContext.request.get(`/municipality/${townId}/export?table=monthly&from=${to}&to=${from}`);
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("期間を読み取れませんでした");
  await staff.goto(`/municipality/${townId}?from=${to}&to=${from}`);
  await expect(staff.getByRole("alert").filter({ hasText: "期間を読み取れませんでした" })).toContainText("直近12か月を表示しています");

  // The ファミサポ report, with members at fiscal year end first.
  await staff.goto(`/municipality/${townId}/report?from=${from}&to=${to}`);
  await expect(staff.getByRole("heading", { name: "年度末(3月31日)の会員数" })).toBeVisible();
  await expectAccessible(staff);
  await staffContext.close();

  // Staff of another municipality (the demo town's), and a member: not found, for all of it.
  const other = await browser.newContext();
  await signInContext(other, await userByEmail(db, "maeda.osamu@example.com"));
  const member = await browser.newContext();
  await signInContext(member, await userByEmail(db, "sato.yoko@example.com"));
  for (const context of [other, member]) {
    for (const path of ["", "/print", "/report", "/export?table=headline", "/export?table=famisapo"]) {
      const response = await context.request.get(`/municipality/${townId}${path}`, { maxRedirects: 0 });
      expect(response.status(), `${path}`).toBe(404);
    }
  }
  // The demo town's staff still reads their own town.
  const own = await other.newPage();
  await own.goto("/municipality");
  const [midori] = await db.select().from(municipalities).where(eq(municipalities.code, "990001"));
  await expect(own).toHaveURL(new RegExp(`/municipality/${midori!.id}$`));
  await other.close();
  await member.close();
});
