import { expect, expectAccessible, test } from "./fixtures";
import { okDirect, parentWithConnections, postDirect, RequestFormPage, RequestPage, tokyoDay } from "./pages/requests";

// Japanese pages at a phone's width and a desktop's, for people to look at (screenshots/ is git-ignored).
const WIDTHS = [390, 1280];
test.describe.configure({ timeout: 300_000 });

test("request pages at 390 and 1280 px", async ({ browser, db }) => {
  const { parent, childId, childName, others } = await parentWithConnections(
    browser,
    db,
    [
      ["森田 真理", "もりた まり"],
      ["西村 和子", "にしむら かずこ"],
      ["東 健", "ひがし けん"],
    ],
    { notMet: ["東 健"] },
  );
  const [a, b, c] = [others[0]!, others[1]!, others[2]!];
  const offered = await postDirect(db, parent.member.id, [childId], [a.member.id, b.member.id, c.member.id], {
    notes: "保育園のお迎えのあと、夕方まで見ていただけると助かります。",
  });
  await okDirect(db, a.member.id, offered, "17時からなら大丈夫です。おやつは用意します。");
  await okDirect(db, c.member.id, offered, "うちでよければ。");
  const matched = await postDirect(db, parent.member.id, [childId], [a.member.id, b.member.id], {
    startAt: new Date(`${tokyoDay(4)}T09:00:00+09:00`),
    endAt: new Date(`${tokyoDay(4)}T11:30:00+09:00`),
  });
  await okDirect(db, a.member.id, matched);

  const shot = async (page: typeof parent.page, name: string, width: number) => {
    await expectAccessible(page);
    await page.screenshot({ path: `screenshots/requests-${name}-${width}.png`, fullPage: true });
  };
  for (const width of WIDTHS) {
    for (const p of [parent.page, a.page, b.page]) await p.setViewportSize({ width, height: 900 });
    const form = new RequestFormPage(parent.page);
    await form.open();
    await form.fill({
      child: childName,
      date: tokyoDay(3),
      start: "17:00",
      end: "18:15",
      place: "サポーターの家",
      recipients: [a.member.name, c.member.name],
    });
    await expect(form.preview()).toContainText("750円");
    await shot(parent.page, "posting", width);
    await parent.page.goto(`/requests/${offered}`);
    await shot(parent.page, "offers", width);
    await b.page.goto(`/requests/${offered}`);
    await shot(b.page, "answer", width);
    await parent.page.goto("/requests");
    await shot(parent.page, "list", width);
  }
  await parent.page.goto(`/requests/${matched}`);
  await new RequestPage(parent.page).choose(a.member.name);
  for (const width of WIDTHS) {
    await parent.page.setViewportSize({ width, height: 900 });
    await parent.page.goto(`/requests/${matched}`);
    await shot(parent.page, "matched-parent", width);
    await a.page.setViewportSize({ width, height: 900 });
    await a.page.goto(`/requests/${matched}`);
    await shot(a.page, "matched-helper", width);
    await b.page.setViewportSize({ width, height: 900 });
    await b.page.goto(`/requests/${matched}`);
    await shot(b.page, "solved", width);
    await b.page.goto("/notifications");
    await shot(b.page, "notifications", width);
  }
  // The same pages in English: names, dates and lists follow the language.
  await parent.page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: parent.page.url() }]);
  for (const width of WIDTHS) {
    await parent.page.setViewportSize({ width, height: 900 });
    await parent.page.goto("/requests");
    await shot(parent.page, "list-en", width);
    await parent.page.goto(`/requests/${matched}`);
    await shot(parent.page, "matched-parent-en", width);
  }
});
