"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import { setMemberLocale } from "@/db/queries/members";
import { signIn } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/next-path";
import { normaliseEmail, requestIp, SignInLimited } from "@/lib/auth/providers";
import { getViewer } from "@/lib/auth/viewer";
import { devToolsEnabled, env } from "@/lib/env";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { uuidField } from "@/lib/ids";
import { maySendSignInLink } from "@/lib/notify/workflows/send-sign-in-link";

const ONE_YEAR = 60 * 60 * 24 * 365;

// Server actions are public endpoints: anyone can call them with other arguments than the page's form.

export async function setLocale(form: FormData): Promise<void> {
  if (!(form instanceof FormData)) return;
  const locale = form.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  const viewer = await getViewer();
  if (viewer?.member) await setMemberLocale(db(), viewer.userId, locale, new Date());
}

export type SignInState = { error?: string; email?: string } | null;

const emailSchema = z.email().max(254);

export async function requestEmailLink(_prev: SignInState, form: FormData): Promise<SignInState> {
  const raw = form instanceof FormData ? String(form.get("email") ?? "").trim() : "";
  const parsed = emailSchema.safeParse(raw);
  if (!parsed.success) {
    const t = await getTranslations("signIn");
    return { error: t("invalidEmail"), email: raw };
  }
  // Asked before Auth.js makes a token, so that a limited caller changes nothing; the send path
  // counts and enforces the limits itself (lib/auth/providers.ts), for racing and direct requests.
  const ip = requestIp(await headers(), env());
  if (!(await maySendSignInLink(db(), normaliseEmail(parsed.data), ip, new Date()))) {
    const t = await getTranslations("signIn");
    return { error: t("tooMany"), email: raw };
  }
  try {
    await signIn("email", { email: parsed.data, redirectTo: safeNextPath(form.get("next")), redirect: false });
  } catch (e) {
    if (e instanceof AuthError) {
      const t = await getTranslations("signIn");
      return { error: t(e instanceof SignInLimited ? "tooMany" : "linkProblem"), email: raw };
    }
    throw e;
  }
  redirect("/signin/check-email");
}

export async function signInWithProvider(form: FormData): Promise<void> {
  if (!(form instanceof FormData)) return;
  const provider = form.get("provider");
  if (provider !== "line" && provider !== "google") return;
  await signIn(provider, { redirectTo: safeNextPath(form.get("next")) });
}

export async function devSignInAs(form: FormData): Promise<void> {
  if (!devToolsEnabled(env())) redirect("/");
  if (!(form instanceof FormData)) redirect("/dev");
  const userId = uuidField().safeParse(form.get("userId"));
  if (!userId.success) redirect("/dev");
  await signIn("dev-as", { userId: userId.data, redirectTo: "/home" });
}
