"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { applicationSchema, qualificationSchema, singleParentRequestSchema } from "@/lib/members/standing-forms";
import { applyForCertification } from "@/lib/members/workflows/apply-certification";
import { askSingleParentVerification } from "@/lib/members/workflows/single-parent";
import { submitQualification } from "@/lib/members/workflows/submit-qualification";
import { tokyoDate } from "@/lib/time/tokyo";

// What a member brings to the certification desk; each answer is shown on their profile.
const member = { audience: "member" } as const;

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
