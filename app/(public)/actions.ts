"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import { setMemberLocale } from "@/db/queries/members";
import { signIn } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/next-path";
import { getViewer } from "@/lib/auth/viewer";
import { devToolsEnabled, env } from "@/lib/env";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { uuidField } from "@/lib/ids";

const ONE_YEAR = 60 * 60 * 24 * 365;

export async function setLocale(form: FormData): Promise<void> {
  const locale = form.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  const viewer = await getViewer();
  if (viewer?.member) await setMemberLocale(db(), viewer.userId, locale, new Date());
}

export type SignInState = { error?: string; email?: string } | null;

const emailSchema = z.email().max(254);

export async function requestEmailLink(_prev: SignInState, form: FormData): Promise<SignInState> {
  const raw = String(form.get("email") ?? "").trim();
  const parsed = emailSchema.safeParse(raw);
  if (!parsed.success) {
    const t = await getTranslations("signIn");
    return { error: t("invalidEmail"), email: raw };
  }
  try {
    await signIn("email", { email: parsed.data, redirectTo: safeNextPath(form.get("next")), redirect: false });
  } catch (e) {
    if (e instanceof AuthError) {
      const t = await getTranslations("signIn");
      return { error: t("linkProblem"), email: raw };
    }
    throw e;
  }
  redirect("/signin/check-email");
}

export async function signInWithProvider(form: FormData): Promise<void> {
  const provider = form.get("provider");
  if (provider !== "line" && provider !== "google") return;
  await signIn(provider, { redirectTo: safeNextPath(form.get("next")) });
}

export async function devSignInAs(form: FormData): Promise<void> {
  if (!devToolsEnabled(env())) redirect("/");
  const userId = uuidField().safeParse(form.get("userId"));
  if (!userId.success) redirect("/dev");
  await signIn("dev-as", { userId: userId.data, redirectTo: "/home" });
}
