"use server";

import { refresh } from "next/cache";
import { defineAction } from "@/lib/action";
import { answerSchema, askSchema } from "@/lib/meetups/attendance-schemas";
import { answerMetRequest } from "@/lib/meetups/workflows/answer-met-request";
import { askToConnect } from "@/lib/meetups/workflows/ask-to-connect";

// "People I met": only attendees who checked in at the meetup find each other here.
const member = { audience: "member" } as const;

export const askToConnectAction = defineAction({ ...member, schema: askSchema }, async ({ meetupId, userId }, { viewer, db }) => {
  const result = await askToConnect(db, viewer.userId, meetupId, userId, new Date());
  refresh();
  return result;
});

export const answerMetRequestAction = defineAction({ ...member, schema: answerSchema }, async ({ requestId, answer }, { viewer, db }) => {
  await answerMetRequest(db, viewer.userId, requestId, answer === "accept", new Date());
  refresh();
  return null;
});
