"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { appealDecisionSchema, threadMessageSchema } from "@/lib/desk/desk-schema";
import { answerAtDesk, decideAppeal } from "@/lib/desk/workflows/answer";
import { env } from "@/lib/env";

// Admins only: anyone else is told the action's subject does not exist (lib/action).
const admin = { audience: "member", capability: "admin" } as const;

export const answerThreadAction = defineAction({ ...admin, schema: threadMessageSchema }, async (input, { viewer, db }) => {
  await answerAtDesk(db, env(), { ...input, adminId: viewer.userId, now: new Date() });
  redirect(`/admin/contact/${input.threadId}`);
});

export const decideAppealAction = defineAction({ ...admin, schema: appealDecisionSchema }, async (input, { viewer, db }) => {
  await decideAppeal(db, { ...input, adminId: viewer.userId, now: new Date() });
  redirect(`/admin/contact/${input.threadId}`);
});
