import { and, eq } from "drizzle-orm";
import { meetups } from "@/db/schema";
import { test } from "./fixtures";
import { tour } from "./shots/capture";
import { userByEmail } from "./support/session";

// The meetup pages at a phone's width and a desktop's, in Japanese and English, each checked with axe.

test("meetup pages at 390 and 1280 px, Japanese and English", async ({ browser, db }) => {
  test.setTimeout(300_000);
  const organiser = await userByEmail(db, "watanabe.yumi@example.com");
  const waiting = await userByEmail(db, "kato.daisuke@example.com");
  const [reading] = await db
    .select()
    .from(meetups)
    .where(and(eq(meetups.organiserId, organiser.id), eq(meetups.title, "絵本の読み聞かせと手遊び")));
  const detail = `/meetups/${reading!.id}`;
  const shot = tour(browser, "meetups");
  await shot(null, "list-signed-out", "/meetups");
  await shot(null, "detail-signed-out", detail);
  await shot(waiting, "detail-waitlisted", detail);
  await shot(organiser, "detail-organiser", detail);
  await shot(organiser, "new-errors", "/meetups/new", async (p) => {
    await p.locator("button[type=submit]").last().click();
    await p.locator("#title-error").waitFor();
  });
  await shot(organiser, "edit", `${detail}/edit`);
  await shot(waiting, "home", "/home");
});
