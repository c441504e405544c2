"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { verifyPhoneAction } from "../actions";

/** One field for the code from the SMS, and one big button. */
export function CodeForm({ length, maxLength }: { length: number; maxLength: number }) {
  const t = useTranslations("phone");
  const [state, action] = useActionState(verifyPhoneAction, null);
  const [code, setCode] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state && !state.ok && !errors.code && <FormAlert message={state.error} />}
      <Field id="code" label={t("codeLabel", { length })} hint={t("codeHint")} error={errors.code}>
        {(p) => (
          <input
            {...p}
            name="code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={maxLength}
            className={`${inputClass} max-w-56 text-center font-mono text-3xl tracking-[0.3em]`}
          />
        )}
      </Field>
      <SubmitButton label={t("verify")} pendingLabel={t("verifying")} />
    </form>
  );
}
