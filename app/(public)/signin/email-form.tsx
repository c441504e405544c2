"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { requestEmailLink, type SignInState } from "../actions";

export function EmailSignInForm({ next }: { next: string }) {
  const t = useTranslations("signIn");
  const [state, action] = useActionState<SignInState, FormData>(requestEmailLink, null);
  const errorId = "email-error";
  return (
    <form action={action} className="mt-6 flex flex-col gap-3" noValidate>
      <input type="hidden" name="next" value={next} />
      <label htmlFor="email" className="font-medium">
        {t("emailLabel")}
      </label>
      <input
        id="email"
        name="email"
        type="email"
        inputMode="email"
        autoComplete="email"
        required
        defaultValue={state?.email}
        aria-describedby={state?.error ? `${errorId} email-hint` : "email-hint"}
        aria-invalid={state?.error ? true : undefined}
        className="min-h-12 rounded-xl border border-stone-400 bg-white px-4 text-base"
      />
      <p id="email-hint" className="text-sm text-stone-600">
        {t("emailHint")}
      </p>
      {state?.error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-800">
          {state.error}
        </p>
      )}
      <SubmitButton label={t("submit")} pendingLabel={t("sending")} />
    </form>
  );
}
