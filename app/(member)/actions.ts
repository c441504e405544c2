"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { defineAction } from "@/lib/action";
import { signOut } from "@/lib/auth/auth";
import { env } from "@/lib/env";
import { codeSender } from "@/lib/members/phone-key";
import { onboardingSchema } from "@/lib/members/profile";
import { completeOnboarding } from "@/lib/members/workflows/onboard";
import { tokyoDate } from "@/lib/time/tokyo";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

export const onboardAction = defineAction(
  { audience: "user", schema: () => onboardingSchema(tokyoDate(new Date()), env().ADULT_AGE) },
  async (input, { viewer, db }) => {
    const locale = (await getLocale()) === "en" ? "en" : "ja";
    await completeOnboarding(db, codeSender(), viewer.userId, input, new Date(), locale);
    // The next step is the code just sent to the number given (or, if none could be sent, why).
    redirect("/profile/phone");
  },
);
