"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { cancelMeetupSchema, editMeetupSchema, newMeetupSchema } from "@/lib/meetups/schema";
import { cancelMeetup } from "@/lib/meetups/workflows/cancel-meetup";
import { createMeetup } from "@/lib/meetups/workflows/create-meetup";
import { editMeetup } from "@/lib/meetups/workflows/edit-meetup";
import { issueDueRefunds } from "@/lib/payments/workflows/issue-refunds";

// Who may organise is decided by the workflows (certified today, and the meetup's own organiser);
// anyone else is told the meetup does not exist.
const member = { audience: "member" } as const;

export const createMeetupAction = defineAction({ ...member, schema: () => newMeetupSchema(new Date()) }, async (input, { viewer, db }) => {
  const id = await createMeetup(db, viewer.userId, input, new Date());
  redirect(`/meetups/${id}`);
});

export const editMeetupAction = defineAction({ ...member, schema: () => editMeetupSchema(new Date()) }, async (input, { viewer, db }) => {
  await editMeetup(db, viewer.userId, input, new Date());
  redirect(`/meetups/${input.meetupId}`);
});

export const cancelMeetupAction = defineAction({ ...member, schema: cancelMeetupSchema }, async (input, { viewer, db }) => {
  const now = new Date();
  await cancelMeetup(db, viewer.userId, input, now);
  // The fees paid are refunded now; should Stripe fail, the runner asks again.
  await issueDueRefunds(db, now);
  redirect(`/meetups/${input.meetupId}`);
});
