"use server";

import { refresh } from "next/cache";
import { defineAction } from "@/lib/action";
import { meetupIdSchema, rsvpSchema } from "@/lib/meetups/schema";
import { cancelRsvp } from "@/lib/meetups/workflows/cancel-rsvp";
import { rsvp } from "@/lib/meetups/workflows/rsvp";

// Any member may come to a meetup; the workflow decides a seat or the waitlist.
const member = { audience: "member" } as const;

export const rsvpAction = defineAction({ ...member, schema: rsvpSchema }, async ({ meetupId, ...party }, { viewer, db }) => {
  const { status } = await rsvp(db, viewer.userId, meetupId, party, new Date());
  refresh();
  return { status };
});

export const cancelRsvpAction = defineAction({ ...member, schema: meetupIdSchema }, async ({ meetupId }, { viewer, db }) => {
  await cancelRsvp(db, viewer.userId, meetupId, new Date());
  refresh();
  return null;
});
