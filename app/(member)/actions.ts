"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { defineAction } from "@/lib/action";
import { signOut } from "@/lib/auth/auth";
import { env } from "@/lib/env";
import { onboardingSchema } from "@/lib/members/profile";
import { completeOnboarding } from "@/lib/members/onboard";
import { tokyoDate } from "@/lib/time/tokyo";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

export const onboardAction = defineAction(
  { audience: "user", schema: () => onboardingSchema(tokyoDate(new Date()), env().ADULT_AGE) },
  async (input, { viewer, db }) => {
    if (viewer.member) throw new AppError("conflict", { key: "field.already_registered" });
    const locale = (await getLocale()) === "en" ? "en" : "ja";
    await completeOnboarding(db, viewer.userId, input, new Date(), locale);
    redirect("/home");
  },
);
