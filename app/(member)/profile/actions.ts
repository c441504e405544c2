"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { codeSchema, emptySchema, phoneSchema } from "@/lib/members/phone-code";
import { codeSender } from "@/lib/members/phone-key";
import { changePhone } from "@/lib/members/workflows/change-phone";
import { sendPhoneCode } from "@/lib/members/workflows/send-phone-code";
import { verifyPhone } from "@/lib/members/workflows/verify-phone";

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
  redirect("/profile/phone?done=1");
});
