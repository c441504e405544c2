"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { changeAnswerSchema, changeIdSchema, confirmSchema, reasonSchema, requestIdSchema, thankYouSchema } from "@/lib/care/after/forms";
import { reportSchema } from "@/lib/care/after/report";
import { timeChangeSchema } from "@/lib/care/change/time-change";
import { answerSurvey } from "@/lib/care/workflows/answer-survey";
import { answerTimeChange } from "@/lib/care/workflows/answer-time-change";
import { cancelCare } from "@/lib/care/workflows/cancel";
import { confirmReport } from "@/lib/care/workflows/confirm";
import { disputeReport } from "@/lib/care/workflows/dispute";
import { markNoShow } from "@/lib/care/workflows/mark-no-show";
import { proposeTimeChange } from "@/lib/care/workflows/propose-time-change";
import { reportCare } from "@/lib/care/workflows/report";
import { thankHelper } from "@/lib/care/workflows/thank-helper";
import { withdrawTimeChange } from "@/lib/care/workflows/withdraw-time-change";
import { AppError } from "@/lib/errors";
import { uuidField } from "@/lib/ids";
import { handOverCash } from "@/lib/payments/workflows/hand-over-cash";
import { payByCard } from "@/lib/payments/workflows/pay-by-card";
import { cardDeps } from "@/lib/payments/workflows/stripe";

// Every workflow below starts with withCare: only the care's parent and its chosen helper may
// act, and anyone else is told it does not exist.
const member = { audience: "member" } as const;
const refresh = (requestId: string) => revalidatePath(`/requests/${requestId}`);
const now = () => new Date();

export const proposeTimeAction = defineAction({ ...member, schema: timeChangeSchema }, async (input, { viewer, db }) => {
  await proposeTimeChange(db, { ...input, viewerId: viewer.userId, now: now() });
  refresh(input.requestId);
  return null;
});

export const answerTimeAction = defineAction({ ...member, schema: changeAnswerSchema }, async (input, { viewer, db }) => {
  await answerTimeChange(db, { ...input, viewerId: viewer.userId, now: now() });
  refresh(input.requestId);
  return null;
});

export const withdrawTimeAction = defineAction({ ...member, schema: changeIdSchema }, async (input, { viewer, db }) => {
  await withdrawTimeChange(db, { ...input, viewerId: viewer.userId, now: now() });
  refresh(input.requestId);
  return null;
});

export const cancelAction = defineAction({ ...member, schema: reasonSchema }, async (input, { viewer, db }) => {
  await cancelCare(db, { ...input, viewerId: viewer.userId, now: now() });
  refresh(input.requestId);
  return null;
});

export const noShowAction = defineAction({ ...member, schema: reasonSchema }, async (input, { viewer, db }) => {
  await markNoShow(db, { ...input, viewerId: viewer.userId, now: now() });
  refresh(input.requestId);
  return null;
});

export const reportAction = defineAction({ ...member, schema: reportSchema }, async (input, { viewer, db }) => {
  await reportCare(db, { ...input, viewerId: viewer.userId, now: now() });
  refresh(input.requestId);
  return null;
});

export const confirmAction = defineAction({ ...member, schema: confirmSchema }, async (input, { viewer, db }) => {
  await confirmReport(db, { ...input, viewerId: viewer.userId, now: now() });
  refresh(input.requestId);
  return null;
});

export const disputeAction = defineAction({ ...member, schema: reasonSchema }, async (input, { viewer, db }) => {
  await disputeReport(db, { ...input, viewerId: viewer.userId, now: now() });
  refresh(input.requestId);
  return null;
});

export const handOverAction = defineAction({ ...member, schema: requestIdSchema }, async (input, { viewer, db }) => {
  await handOverCash(db, cardDeps(), { ...input, viewerId: viewer.userId, now: now() });
  refresh(input.requestId);
  return null;
});

export const thankAction = defineAction({ ...member, schema: thankYouSchema }, async (input, { viewer, db }) => {
  await thankHelper(db, { ...input, viewerId: viewer.userId, now: now() });
  refresh(input.requestId);
  return null;
});

// Which question applies is decided in the workflow (first completed care or not), so the form
// is taken as it came and checked there.
const surveyForm = z.looseObject({ requestId: uuidField() });

export const surveyAction = defineAction({ ...member, schema: surveyForm }, async (form, { viewer, db }) => {
  await answerSurvey(db, { requestId: form.requestId, viewerId: viewer.userId, form, now: now() });
  refresh(form.requestId);
  return null;
});

// The amount is never taken from the form: the workflow reads the thank-you frozen at confirmation.
export const payCardAction = defineAction({ ...member, schema: requestIdSchema }, async (input, { viewer, db }) => {
  const deps = cardDeps();
  if (!deps) throw new AppError("not_found");
  const { url } = await payByCard(db, deps, { ...input, viewerId: viewer.userId, now: now() });
  redirect(url);
});
