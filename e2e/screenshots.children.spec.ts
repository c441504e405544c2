import { emptyDetails } from "@/lib/children";
import { expectAccessible, test } from "./fixtures";
import { addChildFor, bornYearsAgo, ChildFormPage } from "./pages/children";
import { signInAs } from "./support/session";

// Japanese pages at a phone's width and a desktop's, for people to look at (screenshots/ is git-ignored).
const WIDTHS = [390, 1280];

test("children pages at 390 and 1280 px", async ({ page, db }) => {
  const email = "watanabe.yumi@example.com";
  const id = await addChildFor(db, email, {
    name: "渡辺 ひなた",
    nameKana: "わたなべ ひなた",
    birthDate: bornYearsAgo(4),
    healthConsent: true,
    details: {
      ...emptyDetails(),
      allergies: "卵(加熱したものも食べられません)",
      medication: "エピペンを持たせています(リュックの外ポケット)",
      foodHabits: "ごはんとお味噌汁が好き。\n野菜は小さく切ると食べます。",
      mayNotEat: "卵・卵を使ったお菓子(ケーキ、クッキー、マヨネーズ)",
      sleepHabits: "13時ごろから1時間ほどお昼寝。タオルがあると眠れます。",
      emergencyContacts: [
        { name: "渡辺 由美", relation: "母", phone: "+819012345678" },
        { name: "渡辺 正", relation: "祖父", phone: "+81312345678" },
      ],
      collectors: [{ name: "渡辺 和江", relation: "祖母", phone: null }],
    },
  });
  await addChildFor(db, email, { name: "渡辺 りく", nameKana: "わたなべ りく", birthDate: bornYearsAgo(0) });
  await signInAs(page, db, email);

  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const shot = async (name: string) => {
      await expectAccessible(page);
      await page.screenshot({ path: `screenshots/children-${name}-${width}.png`, fullPage: true });
    };
    await page.goto("/children");
    await shot("list");
    await page.goto(`/children/${id}?saved=1`);
    await shot("detail");
    await page.goto("/children/new");
    const form = new ChildFormPage(page);
    await form.fill({ name: "", nameKana: "Riku", birthDate: "2099-01-01", allergies: "そば" });
    await form.addPerson("緊急連絡先");
    await form.fillPerson("緊急連絡先", 1, { name: "渡辺 由美", phone: "12-34" });
    await form.submit("登録する");
    await form.expectRefused();
    await shot("form-errors");
    await page.goto(`/children/${id}`);
    await page.getByRole("button", { name: "この子の登録を削除する" }).click();
    await shot("remove-confirm");
  }
});
