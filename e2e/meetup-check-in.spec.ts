import type { Page } from "@playwright/test";
import { insertMeetup, insertRsvp, makeOrganiser } from "@/test/meetups";
import { newMember } from "@/test/members";
import { expect, test } from "./fixtures";
import { signInContext } from "./support/session";

// Who may not see a meetup's check-in desk, tickets and "people I met". Checking in by camera and
// connecting from "people I met" are walked through from the first step in meetup-journey.spec.ts.

async function openAs(page: Page, user: { id: string; email: string }) {
  await signInContext(page.context(), user);
}

test("a ticket, the check-in desk and people I met are 'not found' to everyone else", async ({ browser, db }) => {
  const tag = Date.now().toString(36);
  const organiser = await newMember(db, { name: `主催 ${tag}`, kana: "しゅさい" });
  await makeOrganiser(db, organiser.id);
  const rival = await newMember(db, { name: `別主催 ${tag}`, kana: "べつしゅさい" });
  await makeOrganiser(db, rival.id);
  await insertMeetup(db, rival.id, { title: `別の会 ${tag}` });
  const meetup = await insertMeetup(db, organiser.id, { title: `親子ひろば ${tag}` });
  const attendee = await newMember(db, { name: `参加 ${tag}`, kana: "さんか" });
  await insertRsvp(db, meetup.id, attendee.id, { checkedInAt: new Date(), checkedInBy: organiser.id });
  const stranger = await newMember(db, { name: `他人 ${tag}`, kana: "たにん" });
  for (const [who, paths] of [
    [attendee, [`/meetups/${meetup.id}/check-in`]],
    [rival, [`/meetups/${meetup.id}/check-in`, `/meetups/${meetup.id}/ticket`, `/meetups/${meetup.id}/people`]],
    [stranger, [`/meetups/${meetup.id}/check-in`, `/meetups/${meetup.id}/ticket`, `/meetups/${meetup.id}/people`]],
  ] as const) {
    // A context of their own for each caller: nothing of the one before carries over.
    const context = await browser.newContext();
    const page = await context.newPage();
    await openAs(page, who);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), `${path} for ${who.email}`).toBe(404);
      await expect(page.getByText(`参加 ${tag}`)).toHaveCount(0);
    }
    await context.close();
  }
});
