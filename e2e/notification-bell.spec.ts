import { eq } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { expect, expectAccessible, test } from "./fixtures";
import { parentWithConnections, postDirect } from "./pages/requests";

// The bell of a member with unread notifications: its accessible name holds the number its badge
// shows, so axe's label-content-name-mismatch (a rule Lighthouse runs and axe leaves off by
// default) finds nothing, with a few unread and with more than the badge counts ("99+").
const MISMATCH = ["label-content-name-mismatch"];

test("the bell's name holds the unread count it shows, with 1 and with more than 99 unread", async ({ browser, db }) => {
  const { parent, childId, others } = await parentWithConnections(browser, db, [["鈴 はな", "すず はな"]]);
  const asked = others[0]!;
  await postDirect(db, parent.member.id, [childId], [asked.member.id]);

  for (const path of ["/home", "/meetups"]) {
    await asked.page.goto(path);
    const bell = asked.page.getByRole("link", { name: "お知らせ(未読1件)", exact: true });
    await expect(bell).toHaveText("1");
    await expectAccessible(asked.page, { experimental: MISMATCH });
  }

  const [first] = await db.select().from(notifications).where(eq(notifications.userId, asked.member.id));
  const { id: _, ...row } = first!;
  await db.insert(notifications).values(Array.from({ length: 99 }, () => row));
  await asked.page.goto("/home");
  const bell = asked.page.getByRole("link", { name: "お知らせ(未読99+件)", exact: true });
  await expect(bell).toHaveText("99+");
  await expectAccessible(asked.page, { experimental: MISMATCH });
});
