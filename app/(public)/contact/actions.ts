"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { defineAction } from "@/lib/action";
import { requestIp } from "@/lib/auth/providers";
import { contactSchema, threadMessageSchema } from "@/lib/desk/desk-schema";
import { writeToDesk } from "@/lib/desk/workflows/answer";
import { askDesk } from "@/lib/desk/workflows/ask";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";

// The consultation desk is open to everyone: visitors (who give an address for the answer) and
// members, suspended ones included (it is where they appeal).
export const contactAction = defineAction({ audience: "anyone", schema: contactSchema }, async (input, { viewer, db }) => {
  const member = viewer?.member ? { userId: viewer.userId, suspended: viewer.member.status === "suspended" } : null;
  const email = input.email || viewer?.email;
  if (!member && !email) throw new AppError("invalid_input", { key: "field.desk_email", field: "email" });
  const from = member ?? { email: email!, ip: requestIp(await headers(), env()) };
  const locale = (await getLocale()) as Locale;
  await askDesk(db, { from, category: input.category, text: input.text, locale, now: new Date() });
  redirect("/contact?sent=1");
});

export const writeMoreAction = defineAction({ audience: "user", schema: threadMessageSchema }, async (input, { viewer, db }) => {
  await writeToDesk(db, { threadId: input.threadId, userId: viewer.userId, body: input.body, now: new Date() });
  redirect(`/contact?sent=thread#thread-${input.threadId}`);
});
