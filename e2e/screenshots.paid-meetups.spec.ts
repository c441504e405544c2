import { meetupPayments, stripeAccounts } from "@/db/schema";
import { insertMeetup, insertRsvp, newOrganiser } from "@/test/meetups";
import { newMember } from "@/test/members";
import { test } from "./fixtures";
import { tour } from "./shots/capture";
import { userByEmail } from "./support/session";
import { uniqueTag } from "./support/tag";

// Paid meetups at a phone's width and a desktop's, in Japanese and English, each checked with axe:
// the meetup's page with its fee and refund policy before paying, the seat once paid, its receipt,
// the form's fee for an organiser without a payout account, and the admin's refund confirm step.
// The rows are written straight to the database (no Stripe call is needed to look at them).

test("paid meetup pages at 390 and 1280 px, Japanese and English", async ({ browser, db }) => {
  test.setTimeout(300_000);
  const tag = uniqueTag();
  const organiser = await newOrganiser(db, { name: `有料 主催${tag}` });
  await db
    .insert(stripeAccounts)
    .values({ userId: organiser.id, accountId: `acct_shots${tag}`, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true });
  const meetup = await insertMeetup(db, organiser.id, {
    title: `親子リトミック${tag}`,
    startsAt: new Date(Date.now() + 3 * 86_400_000),
    feeYen: 1500,
  });
  const reader = await newMember(db, { name: `見る 人${tag}`, kana: "みる ひと" });
  const payer = await newMember(db, { name: `払う 人${tag}`, kana: "はらう ひと" });
  const rsvp = await insertRsvp(db, meetup.id, payer.id, { children: 1 });
  const [payment] = await db
    .insert(meetupPayments)
    .values({
      rsvpId: rsvp.id,
      meetupId: meetup.id,
      memberId: payer.id,
      organiserId: organiser.id,
      destinationAccountId: `acct_shots${tag}`,
      amountYen: 1500,
      status: "paid",
      chargeId: `ch_shots${tag}`,
      feeYen: 54,
      paidAt: new Date(),
    })
    .returning();
  const plainOrganiser = await newOrganiser(db, { name: `未登録 主催${tag}` });
  const admin = await userByEmail(db, "fujita.satomi@example.com");

  const shot = tour(browser, "paid-meetups");
  await shot(reader, "detail-fee", `/meetups/${meetup.id}`);
  await shot(payer, "detail-paid", `/meetups/${meetup.id}`);
  await shot(payer, "receipt", `/meetups/${meetup.id}/receipt`);
  await shot(plainOrganiser, "new-fee-not-connected", "/meetups/new");
  await shot(admin, "admin-payments", "/admin/payments");
  await shot(admin, "admin-refund-confirm", `/admin/payments/meetup/${payment!.id}/refund`);
});
