"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { emptySchema } from "@/lib/forms";
import { codeSchema, phoneSchema } from "@/lib/members/phone-code";
import { codeSender } from "@/lib/members/phone-key";
import { capabilitiesSchema } from "@/lib/members/profile";
import { applicationSchema, qualificationSchema, singleParentRequestSchema } from "@/lib/members/standing-forms";
import { applyForCertification } from "@/lib/members/workflows/apply-certification";
import { changeCapabilities } from "@/lib/members/workflows/change-capabilities";
import { changePhone } from "@/lib/members/workflows/change-phone";
import { sendPhoneCode } from "@/lib/members/workflows/send-phone-code";
import { askSingleParentVerification } from "@/lib/members/workflows/single-parent";
import { submitQualification } from "@/lib/members/workflows/submit-qualification";
import { verifyPhone } from "@/lib/members/workflows/verify-phone";
import { tokyoDate } from "@/lib/time/tokyo";

// Phone verification: each acts on the caller's own number only.
const member = { audience: "member" } as const;

export const sendPhoneCodeAction = defineAction({ ...member, schema: emptySchema }, async (_input, { viewer, db }) => {
  await sendPhoneCode(db, codeSender(), viewer.userId, new Date());
  refresh();
  return null;
});

export const changePhoneAction = defineAction({ ...member, schema: phoneSchema }, async ({ phone }, { viewer, db }) => {
  await changePhone(db, codeSender(), viewer.userId, phone, new Date());
  refresh();
  return null;
});

export const verifyPhoneAction = defineAction({ ...member, schema: codeSchema }, async ({ code }, { viewer, db }) => {
  // A wrong code is committed before it is reported, so that it counts against the code's tries.
  const outcome = await verifyPhone(db, codeSender().key, viewer.userId, code, new Date());
  if (outcome.kind === "wrong") {
    const key = outcome.remaining > 0 ? "field.code_wrong" : "field.code_used_up";
    throw new AppError("invalid_input", { key, field: "code", values: { remaining: outcome.remaining } });
  }
  if (outcome.kind === "stale") throw new AppError("invalid_input", { key: "phone.code_stale" });
  if (outcome.kind === "taken") throw new AppError("conflict", { key: "phone.taken" });
  if (outcome.kind === "blocked") throw new AppError("conflict", { key: "phone.blocked" });
  redirect("/profile/phone?done=1");
});

// What a member brings to the certification desk; each answer is shown on their profile.

export const applyCertificationAction = defineAction(
  { ...member, schema: () => applicationSchema(tokyoDate(new Date())) },
  async (input, { viewer, db }) => {
    await applyForCertification(db, { userId: viewer.userId, ...input, now: new Date() });
    redirect("/profile#standing");
  },
);

export const submitQualificationAction = defineAction({ ...member, schema: qualificationSchema }, async (input, { viewer, db }) => {
  await submitQualification(db, { userId: viewer.userId, ...input, now: new Date() });
  redirect("/profile#standing");
});

export const askSingleParentAction = defineAction({ ...member, schema: singleParentRequestSchema }, async (input, { viewer, db }) => {
  await askSingleParentVerification(db, { userId: viewer.userId, ...input, now: new Date() });
  redirect("/profile#standing");
});

// Parent and supporter only: the schema admits nothing else, and the workflow keeps granted capabilities.
export const changeCapabilitiesAction = defineAction({ ...member, schema: capabilitiesSchema }, async (input, { viewer, db }) => {
  await changeCapabilities(db, viewer.userId, input.capabilities, new Date());
  refresh();
  return null;
});
