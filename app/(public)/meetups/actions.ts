"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { meetupIdSchema, rsvpSchema } from "@/lib/meetups/schema";
import { cancelRsvp } from "@/lib/meetups/workflows/cancel-rsvp";
import { payForSeat } from "@/lib/meetups/workflows/pay-for-seat";
import { rsvp } from "@/lib/meetups/workflows/rsvp";
import { issueDueRefunds } from "@/lib/payments/workflows/issue-refunds";
import { cardDeps } from "@/lib/payments/workflows/stripe";

// Any member may come to a meetup; the workflow decides a seat, a seat held while paying, or the waitlist.
const member = { audience: "member" } as const;

export const rsvpAction = defineAction({ ...member, schema: rsvpSchema }, async ({ meetupId, ...party }, { viewer, db }) => {
  const { status, checkoutUrl } = await rsvp(db, viewer.userId, meetupId, party, new Date(), cardDeps());
  if (checkoutUrl) redirect(checkoutUrl);
  refresh();
  return { status };
});

// The fee is never taken from the form: the workflow reads it from the meetup.
export const payForSeatAction = defineAction({ ...member, schema: meetupIdSchema }, async ({ meetupId }, { viewer, db }) => {
  const deps = cardDeps();
  if (!deps) throw new AppError("not_found");
  const { url } = await payForSeat(db, deps, { memberId: viewer.userId, meetupId, now: new Date() });
  redirect(url);
});

export const cancelRsvpAction = defineAction({ ...member, schema: meetupIdSchema }, async ({ meetupId }, { viewer, db }) => {
  const now = new Date();
  const { refund } = await cancelRsvp(db, viewer.userId, meetupId, now);
  // A refund owed is asked of Stripe now; should that fail, the runner asks again.
  if (refund === "full") await issueDueRefunds(db, now);
  refresh();
  return null;
});
