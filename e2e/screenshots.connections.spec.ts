import { eq } from "drizzle-orm";
import { listPendingRequests } from "@/db/queries/connection-requests";
import { personalToken } from "@/db/queries/connections";
import { listGroupsOf } from "@/db/queries/groups";
import { digitAttempts, groups } from "@/db/schema";
import { seedConnections } from "@/db/seed/connections";
import { orderedPair } from "@/lib/connections/pair";
import { sendRequest } from "@/lib/connections/workflows/request-connection";
import { demoIds } from "@/test/members";
import { expectAccessible, test } from "./fixtures";
import { liveLinkOf, memberOnNewPage } from "./pages/connections";
import { signInAs } from "./support/session";

// Japanese pages at a phone's width and a desktop's, for people to look at (screenshots/ is git-ignored).
const WIDTHS = [390, 1280];

test("connections and groups pages at 390 and 1280 px", async ({ page, browser, db }) => {
  test.setTimeout(240_000);
  await db.transaction((tx) => seedConnections(tx));
  const id = await demoIds(db);
  const sato = id("sato.yoko");
  const [incoming] = await listPendingRequests(db, sato);
  const [himawari] = await listGroupsOf(db, sato);
  const [group] = await db.select().from(groups).where(eq(groups.id, himawari!.id));

  // A pair locked after five wrong tries, seen by one of them.
  const locked = await memberOnNewPage(browser, db, "撮影 一子", "さつえい いちこ");
  const { member: other } = await memberOnNewPage(browser, db, "撮影 二郎", "さつえい じろう");
  const lockedRequest = await sendRequest(db, locked.member.id, other.id, new Date());
  const [userA, userB] = orderedPair(locked.member.id, other.id);
  await db.insert(digitAttempts).values(Array.from({ length: 5 }, () => ({ userA, userB, attemptedBy: locked.member.id, correct: false })));
  // A newcomer for the invitation page and a personal link opened in person.
  const newcomer = await memberOnNewPage(browser, db, "撮影 三奈", "さつえい みな");
  const visitor = await memberOnNewPage(browser, db, "撮影 四葉", "さつえい よつは");

  await signInAs(page, db, "sato.yoko@example.com");
  for (const width of WIDTHS) {
    for (const p of [page, locked.page, newcomer.page, visitor.page]) await p.setViewportSize({ width, height: 900 });
    const shot = async (name: string, p = page) => {
      await expectAccessible(p);
      await p.screenshot({ path: `screenshots/connections-${name}-${width}.png`, fullPage: true });
    };
    await page.goto("/connections");
    await shot("list");
    await page.goto("/connections?q=さ#search");
    await shot("search");
    await page.goto(`/members/${id("suzuki.kenta")}`);
    await shot("profile-connection");
    await page.goto(`/members/${id("tanaka.keiko")}`);
    await shot("profile-not-met");
    await page.goto(`/members/${id("yoshida.mari")}`);
    await shot("profile-limited");
    await page.goto(`/members/${id("takahashi.misaki")}/connections`);
    await shot("mutual");
    await page.goto(`/connections/requests/${incoming!.request.id}`);
    await shot("digits");
    await page.getByLabel(/電話番号の下4桁/).fill("12a");
    await page.getByRole("button", { name: "確認する", exact: true }).click();
    await page.locator("#digits-error").waitFor();
    await shot("digits-error");
    await locked.page.goto(`/connections/requests/${lockedRequest}`);
    await shot("digits-locked", locked.page);
    await page.goto("/groups");
    await shot("groups");
    await page.goto(`/groups/${group!.id}`);
    await shot("group");
    await page.goto("/groups/new");
    await page.getByRole("button", { name: "つくる", exact: true }).click();
    await page.locator("#name-error").waitFor();
    await shot("group-new-errors");
    await newcomer.page.goto(`/g/${group!.inviteToken}`);
    await shot("group-join", newcomer.page);
    // A personal link sent at a distance, and the live QR code scanned together, before the tap.
    const token = await personalToken(db, id("kobayashi.chiyoko"));
    await visitor.page.goto(`/c/${token}`);
    await shot("link-at-a-distance", visitor.page);
    await visitor.page.goto(await liveLinkOf(db, id("kobayashi.chiyoko")));
    await shot("link-confirm", visitor.page);
    // The tap connects the newcomer once; at the next width the page says so again.
    await newcomer.page.goto(await liveLinkOf(db, id("kobayashi.chiyoko")));
    const connect = newcomer.page.getByRole("button", { name: "つながる" });
    if (await connect.count()) await connect.click();
    else await newcomer.page.goto(`/c/${token}?done=connected`);
    await newcomer.page.getByRole("heading", { name: "シェア友になりました" }).waitFor();
    await shot("link-connected", newcomer.page);
  }
});
