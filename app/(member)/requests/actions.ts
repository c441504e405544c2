"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { answerSchema, chooseSchema, postRequestSchema, requestIdSchema } from "@/lib/care/post/schema";
import { answerCareRequest } from "@/lib/care/workflows/answer";
import { chooseHelper } from "@/lib/care/workflows/choose";
import { postCareRequest } from "@/lib/care/workflows/post-request";
import { withdrawCareRequest } from "@/lib/care/workflows/withdraw";
import { env } from "@/lib/env";

// Each workflow below is scoped by the caller: a request they have no part in is "not found".

export const postRequestAction = defineAction(
  { audience: "member", capability: "parent", schema: () => postRequestSchema(new Date()) },
  async (input, { viewer, db }) => {
    const id = await postCareRequest(db, viewer.userId, input, new Date());
    redirect(`/requests/${id}?done=posted`);
  },
);

export const answerRequestAction = defineAction({ audience: "member", schema: answerSchema }, async (input, { viewer, db }) => {
  await answerCareRequest(db, viewer.userId, input, new Date());
  redirect(`/requests/${input.requestId}?done=${input.answer === "ok" ? "offered" : "declined"}`);
});

export const chooseHelperAction = defineAction(
  { audience: "member", schema: chooseSchema },
  async ({ requestId, helperId }, { viewer, db }) => {
    await chooseHelper(db, { parentId: viewer.userId, requestId, helperId, now: new Date(), adultAge: env().ADULT_AGE });
    redirect(`/requests/${requestId}?done=chosen`);
  },
);

export const withdrawRequestAction = defineAction(
  { audience: "member", schema: requestIdSchema },
  async ({ requestId }, { viewer, db }) => {
    await withdrawCareRequest(db, viewer.userId, requestId, new Date());
    redirect(`/requests/${requestId}?done=withdrawn`);
  },
);
