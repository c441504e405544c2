"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { verifyDigitsAction } from "../../actions";

export function DigitsForm({ requestId, name }: { requestId: string; name: string }) {
  const t = useTranslations("connectionRequest");
  const common = useTranslations("common");
  const [state, action] = useActionState(verifyDigitsAction, null);
  const [digits, setDigits] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      {state && !state.ok && <FormAlert message={state.error} />}
      <Field
        id="digits"
        label={t("digitsLabel", { name })}
        hint={t("digitsHint")}
        error={errors.digits}
        required
        requiredLabel={common("required")}
      >
        {(p) => (
          <input
            {...p}
            name="digits"
            value={digits}
            onChange={(e) => setDigits(e.target.value)}
            inputMode="numeric"
            autoComplete="off"
            className={`${inputClass} max-w-40 text-center font-mono text-2xl tracking-[0.4em]`}
          />
        )}
      </Field>
      <SubmitButton label={t("submit")} pendingLabel={t("checking")} />
    </form>
  );
}
