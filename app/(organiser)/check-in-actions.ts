"use server";

import { refresh } from "next/cache";
import { defineAction } from "@/lib/action";
import { scanSchema, tickSchema, walkInSchema } from "@/lib/meetups/attendance-schemas";
import { ticketTokenFrom } from "@/lib/meetups/check-in";
import { addWalkIn } from "@/lib/meetups/workflows/add-walk-in";
import { checkIn } from "@/lib/meetups/workflows/check-in";

// The check-in desk. Each action names a meetup; only its organiser finds it, everyone else is told
// it does not exist (the workflows decide, in their transaction).
const member = { audience: "member" } as const;

export const checkInTicketAction = defineAction({ ...member, schema: scanSchema }, async ({ meetupId, ticket }, { viewer, db }) => {
  // The scanner sends what the QR code said: a ticket URL, or the bare token. Anything else is an
  // unknown ticket, told only to the meetup's organiser (the workflow looks the meetup up first).
  const token = ticketTokenFrom(ticket) ?? "";
  const { name } = await checkIn(db, viewer.userId, meetupId, { ticket: token }, new Date());
  refresh();
  return { name };
});

export const checkInRsvpAction = defineAction({ ...member, schema: tickSchema }, async ({ meetupId, rsvpId }, { viewer, db }) => {
  const { name } = await checkIn(db, viewer.userId, meetupId, { rsvpId }, new Date());
  refresh();
  return { name };
});

export const addWalkInAction = defineAction({ ...member, schema: walkInSchema }, async (input, { viewer, db }) => {
  const { name } = await addWalkIn(db, viewer.userId, input, new Date());
  refresh();
  return { name };
});
